// Bad content an editor could write by accident, each with the file a clear refusal must name and the gist of the fix.
// Used by content.test.ts (against the real content, copied) and by probe.ts (to compare a checkout before/after).
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ContentCase {
  name: string;
  /** Breaks a copy of the content folder. */
  mutate: (root: string) => void;
  /** The file (relative to the content folder) the message must name. */
  file: string;
  /** What the message must say. */
  expect: RegExp;
}

const edit = (root: string, file: string, f: (text: string) => string) =>
  writeFileSync(join(root, file), f(readFileSync(join(root, file), 'utf8')));
const appendBody = (root: string, file: string, text: string) => appendFileSync(join(root, file), `\n${text}\n`);
const DOC = 'documents/kz-gallium-deal.mdx';
const INIT = 'initiatives/ai-partnership.mdx';

export const CONTENT_CASES: ContentCase[] = [
  {
    name: 'misspelt optional key (valeu: for value:)',
    file: DOC,
    expect: /valeu.*did you mean "?value/s,
    mutate: (r) =>
      edit(r, DOC, (t) => t.replace('themes:', 'valeu:\n  - amount: 5\n    currency: USD\n    cite: ["s5"]\nthemes:')),
  },
  {
    name: 'unknown key alias: (for aliases:)',
    file: 'people/akazawa.yaml',
    expect: /alias.*did you mean "?aliases/s,
    mutate: (r) => edit(r, 'people/akazawa.yaml', (t) => t.replace('aliases:', 'alias:')),
  },
  {
    name: 'unknown key discrepancy: in an initiative',
    file: 'initiatives/ca-jad-tokyo-initiative.mdx',
    expect: /discrepancy.*did you mean "?discrepancies/s,
    mutate: (r) =>
      edit(r, 'initiatives/ca-jad-tokyo-initiative.mdx', (t) => {
        if (!t.includes('\ndiscrepancies:'))
          throw new Error('the fixture initiative has no discrepancies: to misspell');
        return t.replace('\ndiscrepancies:', '\ndiscrepancy:');
      }),
  },
  {
    name: 'nested unknown key (amout: in a money figure)',
    file: 'initiatives/ca-jad-tokyo-initiative.mdx',
    expect: /amout.*did you mean "?amount/s,
    mutate: (r) => edit(r, 'initiatives/ca-jad-tokyo-initiative.mdx', (t) => t.replace(/(\n\s+- )amount:/, '$1amout:')),
  },
  {
    name: 'misspelt collection folder content/document/',
    file: 'document',
    expect: /unknown folder.*did you mean "?documents/s,
    mutate: (r) => {
      mkdirSync(join(r, 'document'));
      writeFileSync(join(r, 'document/x.mdx'), '---\ntitle: X\n---\n');
    },
  },
  {
    name: '.md file among MDX entries',
    file: 'documents/new-deal.md',
    expect: /\.mdx/,
    mutate: (r) => writeFileSync(join(r, 'documents/new-deal.md'), '---\ntitle: X\n---\nText.\n'),
  },
  {
    name: 'source renamed to .yml',
    file: 'sources/s5.yml',
    expect: /\.yaml/,
    mutate: (r) => renameSync(join(r, 'sources/s5.yaml'), join(r, 'sources/s5.yml')),
  },
  {
    name: '.json file in glossary',
    file: 'glossary/x.json',
    expect: /\.yaml/,
    mutate: (r) => writeFileSync(join(r, 'glossary/x.json'), '{"term": "x"}'),
  },
  {
    name: 'file name that is not an id (space and #)',
    file: 'documents/kz deal #1.mdx',
    expect: /file name.*id/s,
    mutate: (r) => writeFileSync(join(r, 'documents/kz deal #1.mdx'), readFileSync(join(r, DOC), 'utf8')),
  },
  {
    name: 'upper-case file name',
    file: 'countries/Japan2.mdx',
    expect: /file name.*id/s,
    mutate: (r) => writeFileSync(join(r, 'countries/Japan2.mdx'), readFileSync(join(r, 'countries/japan.mdx'), 'utf8')),
  },
  {
    name: 'stray file at the top of the content folder',
    file: 'notes.txt',
    expect: /not part of the briefing|unknown file/,
    mutate: (r) => writeFileSync(join(r, 'notes.txt'), 'todo'),
  },
  {
    name: 'site.yaml missing',
    file: 'site.yaml',
    expect: /site\.yaml.*missing|missing.*site\.yaml/s,
    mutate: (r) => rmSync(join(r, 'site.yaml')),
  },
  {
    name: 'site.yaml without a title',
    file: 'site.yaml',
    expect: /title/,
    mutate: (r) => edit(r, 'site.yaml', (t) => t.replace(/^title:.*$/m, '')),
  },
  {
    name: 'site.yaml with a misspelt key',
    file: 'site.yaml',
    expect: /publsher.*did you mean "?publisher/s,
    mutate: (r) => edit(r, 'site.yaml', (t) => t.replace(/^publisher:/m, 'publsher:')),
  },
  {
    name: 'site.yaml YAML syntax error',
    file: 'site.yaml',
    expect: /site\.yaml:\d+/,
    mutate: (r) => edit(r, 'site.yaml', (t) => `${t}\nversion: "0.2\n`),
  },
  {
    name: 'MDX body with an unclosed tag and expression (<b>no {x)',
    file: DOC,
    expect: /kz-gallium-deal\.mdx:\d+:\d+/,
    mutate: (r) => appendBody(r, DOC, '<b>no {x'),
  },
  {
    name: 'MDX body with a broken tag (<Foo)',
    file: DOC,
    expect: /kz-gallium-deal\.mdx:\d+:\d+/,
    mutate: (r) => appendBody(r, DOC, 'Text <Foo'),
  },
  {
    name: 'unknown component <Foo />',
    file: DOC,
    expect: /<Foo>.*not/s,
    mutate: (r) => appendBody(r, DOC, 'Text <Foo /> more.'),
  },
  {
    name: '<script> in a body',
    file: DOC,
    expect: /<script>/,
    mutate: (r) => appendBody(r, DOC, '<script>alert(1)</script>'),
  },
  {
    name: '<img onerror> in a body',
    file: DOC,
    expect: /onerror|<img>/,
    mutate: (r) => appendBody(r, DOC, 'Text <img src="x.png" onerror="alert(1)" /> more.'),
  },
  {
    name: '<iframe src="https://…"> in a body',
    file: DOC,
    expect: /<iframe>/,
    mutate: (r) => appendBody(r, DOC, '<iframe src="https://example.com/"></iframe>'),
  },
  {
    name: '<style> in a body',
    file: DOC,
    expect: /<style>/,
    mutate: (r) => appendBody(r, DOC, '<style>{"body{display:none}"}</style>'),
  },
  {
    name: '<object> in a body',
    file: DOC,
    expect: /<object>/,
    mutate: (r) => appendBody(r, DOC, '<object data="x.swf"></object>'),
  },
  {
    name: 'Markdown link to javascript:',
    file: DOC,
    expect: /javascript:/,
    mutate: (r) => appendBody(r, DOC, 'See [this](javascript:alert(1)).'),
  },
  {
    name: 'Markdown link to data:',
    file: DOC,
    expect: /data:/,
    mutate: (r) => appendBody(r, DOC, 'See [this](data:text/html,hi).'),
  },
  {
    name: 'reference-style link defined as javascript:',
    file: DOC,
    expect: /javascript:/,
    mutate: (r) => appendBody(r, DOC, 'See [this][x].\n\n[x]: javascript:alert(1)'),
  },
  {
    name: 'Markdown image from data:',
    file: DOC,
    expect: /data:/,
    mutate: (r) => appendBody(r, DOC, '![pic](data:image/svg+xml,<svg/>)'),
  },
  {
    name: 'JavaScript expression in a body',
    file: DOC,
    expect: /expression|\{/,
    mutate: (r) => appendBody(r, DOC, 'Total: {1 + 1}.'),
  },
  {
    name: 'import statement in a body',
    file: DOC,
    expect: /import/,
    mutate: (r) => appendBody(r, DOC, 'import X from "../../src/x.ts"'),
  },
  {
    name: 'event handler on an allowed component',
    file: DOC,
    expect: /onClick|onclick/,
    mutate: (r) => appendBody(r, DOC, 'Text.<Cite s="s5" onClick="alert(1)" />'),
  },
  {
    name: 'paragraph locator past the source (s1 ¶99)',
    file: INIT,
    expect: /¶99.*(0|13)/s,
    mutate: (r) =>
      edit(r, INIT, (t) => t.replace('"s1 ¶2"]', '"s1 ¶99"]').replace('cite: ["s1 ¶2", ', 'cite: ["s1 ¶99", ')),
  },
  {
    name: 'paragraph locator past the source in a body Cite',
    file: DOC,
    expect: /¶42/,
    mutate: (r) => appendBody(r, DOC, 'Text.<Cite s="s1 ¶42" />'),
  },
  {
    name: 'lower-case <cite s="…">',
    file: DOC,
    expect: /<cite>.*Cite/s,
    mutate: (r) => appendBody(r, DOC, 'Text.<cite s="s5" />'),
  },
  {
    name: 'partOf cycle between two initiatives',
    file: 'initiatives/ca-jad-tokyo-initiative.mdx',
    expect: /cycle|loop/,
    mutate: (r) =>
      edit(r, 'initiatives/ca-jad-tokyo-initiative.mdx', (t) =>
        t.replace(/\nthemes:/, '\npartOf: ai-partnership\nthemes:'),
      ),
  },
  {
    name: 'partOf pointing at itself',
    file: INIT,
    expect: /cycle|loop|itself/,
    mutate: (r) => edit(r, INIT, (t) => t.replace('partOf: ca-jad-tokyo-initiative', 'partOf: ai-partnership')),
  },
  {
    name: 'Cite naming an unknown source',
    file: DOC,
    expect: /s999/,
    mutate: (r) => appendBody(r, DOC, 'Text.<Cite s="s999" />'),
  },
  {
    name: 'Cite without an s attribute',
    file: DOC,
    expect: /Cite/,
    mutate: (r) => appendBody(r, DOC, 'Text.<Cite />'),
  },
  {
    name: 'one bad URL in a source (no cascade of "unknown entry")',
    file: 'sources/s5.yaml',
    expect: /^(?![\s\S]*unknown sources entry "s5")[\s\S]*url/,
    mutate: (r) => edit(r, 'sources/s5.yaml', (t) => t.replace('url: "https://', 'url: "htps://')),
  },
  {
    name: 'unclosed frontmatter',
    file: DOC,
    expect: /frontmatter.*---|---.*frontmatter/s,
    mutate: (r) => edit(r, DOC, (t) => t.replace(/\n---\n/, '\n\n')),
  },
  {
    name: 'empty .mdx file',
    file: 'documents/empty.mdx',
    expect: /is empty/,
    mutate: (r) => writeFileSync(join(r, 'documents/empty.mdx'), ''),
  },
  {
    name: 'binary .mdx file',
    file: 'documents/pic.mdx',
    expect: /not a text file|binary|UTF-8/,
    mutate: (r) =>
      writeFileSync(join(r, 'documents/pic.mdx'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe])),
  },
  {
    name: 'Latin-1 file (not UTF-8)',
    file: 'people/akazawa.yaml',
    expect: /UTF-8/,
    mutate: (r) =>
      writeFileSync(
        join(r, 'people/akazawa.yaml'),
        Buffer.concat([readFileSync(join(r, 'people/akazawa.yaml')), Buffer.from('note: "caf\xe9"\n', 'latin1')]),
      ),
  },
  {
    name: 'YAML syntax error in frontmatter (line number of the file)',
    file: DOC,
    expect: /kz-gallium-deal\.mdx:7:\d+/,
    mutate: (r) => edit(r, DOC, (t) => t.replace('date: "2025-12"', 'date: 2025-12: x')),
  },
  {
    name: 'dangling symlink',
    file: 'documents/gone.mdx',
    expect: /gone\.mdx.*(missing|points)/s,
    mutate: (r) => symlinkSync(join(r, 'nowhere.mdx'), join(r, 'documents/gone.mdx')),
  },
  {
    name: 'two files making one id (subfolder)',
    file: 'documents/old/kz-gallium-deal.mdx',
    expect: /duplicate|both make/,
    mutate: (r) => {
      mkdirSync(join(r, 'documents/old'));
      writeFileSync(join(r, 'documents/old/kz-gallium-deal.mdx'), readFileSync(join(r, DOC), 'utf8'));
    },
  },
  {
    name: 'count written in words',
    file: 'documents/summit-documents-total.mdx',
    expect: /value|count/,
    mutate: (r) =>
      edit(r, 'documents/summit-documents-total.mdx', (t) => t.replace(/(\n\s+-?\s*value:)\s*\d+/, '$1 sixty')),
  },
  {
    name: 'reference to an entry that does not exist',
    file: DOC,
    expect: /kazakstan.*did you mean "kazakhstan"/s,
    mutate: (r) => edit(r, DOC, (t) => t.replace('parties: [kazakhstan, japan]', 'parties: [kazakstan, japan]')),
  },
];

/** A missing content folder: refused, not "valid: 0 sources". */
export const MISSING_FOLDER_EXPECT = /no such folder|does not exist|not found/;
