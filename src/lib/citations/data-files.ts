// The data files this area adds to the dataset's zip: the source library and the commitments tracker.
import type { Briefing } from '../briefing/briefing.ts';
import { toCsv, toJson } from '../briefing/data-files.ts';
import { trackerRows, trackerTable } from '../tracker/tracker.ts';
import { sourceLibraryFiles } from './sources.ts';

export function extraDataFiles(b: Briefing): Record<string, string> {
  const tracker = trackerTable(b, trackerRows(b));
  return { ...sourceLibraryFiles(b), 'tracker.csv': toCsv(tracker), 'tracker.json': toJson(tracker, b.site) };
}
