// Writes a valid, commented entry from a template: npm run new -- <collection> "<title>"
import { readContent } from '../src/lib/briefing/read-content.ts';
import { contentDir } from '../src/settings.ts';
import { newEntry } from './lib/new-entry.ts';

const [collection, title] = process.argv.slice(2);
if (!collection || !title) {
  console.error('usage: npm run new -- <collection> "<title>"   e.g. npm run new -- documents "Japan–Kazakhstan memorandum on rail"');
  process.exit(2);
}
try {
  const root = contentDir();
  const path = newEntry(root, readContent(root).raw, collection, title, new Date().toISOString().slice(0, 10));
  console.log(`Wrote ${path}. Fill in its TODOs, then run npm run check:content.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
