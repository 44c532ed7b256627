import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/briefing/read-content.ts';
import { SiteSchema } from '../../src/schemas/site.ts';
import { PROJECT_ROOT } from './paths.ts';
import { bodyToMarkdown, starlightMarkdown } from './starlight-markdown.ts';

const root = join(PROJECT_ROOT, 'tests/fixtures/mini-content');
const files = () => {
  const { raw } = readContent(root, root);
  return starlightMarkdown(raw, SiteSchema.parse(yaml.load(readFileSync(`${root}/site.yaml`, 'utf8'))));
};

describe('starlightMarkdown()', () => {
  it('writes a page for every entry, a register per collection, the glossary and a home page', () => {
    const paths = files().map((f) => f.path);
    expect(paths).toContain('index.md');
    expect(paths).toContain('glossary.md');
    expect(paths).toContain('documents/index.md');
    expect(paths).toContain('documents/fixture-accord.md');
    expect(paths).toContain('countries/aland.md');
  });

  it('gives a document its title, facts with the same formatted figures, and its citations as footnotes', () => {
    const page = files().find((f) => f.path === 'documents/fixture-accord.md')!.text;
    expect(page).toMatch(/^---\ntitle: "Fixture Accord"\ndescription: "An accord signed in tests."\n---/);
    expect(page).toContain('- **Count:** about 7 annexes[^1]');
    expect(page).toMatch(/\n\[\^1\]: S1 ¶3: \[.+\]\(\/sources\/s1\/\)/);
  });

  it('lists every document in the register with its kind and date', () => {
    const register = files().find((f) => f.path === 'documents/index.md')!.text;
    expect(register).toContain('| [Fixture Accord](/documents/fixture-accord/) | agreement | 1 May 2030 |');
  });
});

describe('bodyToMarkdown()', () => {
  it('turns each <Cite /> into footnote references, reusing a number for a repeated citation', () => {
    const seen: string[] = [];
    const notes = {
      mark: (cites: { source: { id: string }; at?: string | undefined }[]) =>
        cites
          .map((c) => {
            const key = `${c.source.id} ${c.at ?? ''}`;
            if (!seen.includes(key)) seen.push(key);
            return `[^${seen.indexOf(key) + 1}]`;
          })
          .join(''),
    };
    expect(bodyToMarkdown('One.<Cite s="s1 ¶5; s2" /> Two.<Cite s=\'s1 ¶5\' />', notes)).toBe('One.[^1][^2] Two.[^1]');
  });
});
