// Bad content an editor could write by accident: each is refused by check:content with a message naming the file
// and the fix, no stack trace, and the content left as it was.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_CASES, MISSING_FOLDER_EXPECT } from './content-cases.ts';
import { checkContent } from '../../src/lib/briefing/read-content.ts';
import { formatContentProblems, summaryLine } from '../../src/lib/errors.ts';
import { copyContent, removeCopy, runCheck, STACK_TRACE } from './run-check.ts';

/** What check:content prints for a folder, and whether it passes (the CLI itself is run by the tests below). */
function check(root: string): { ok: boolean; output: string } {
  const { problems } = checkContent(root);
  return {
    ok: problems.length === 0,
    output: problems.length ? `${formatContentProblems(problems)}\n\n${summaryLine(problems)}` : 'valid',
  };
}

const checkout = resolve(import.meta.dirname, '../..');
const content = join(checkout, 'content');

/** Every file's bytes under a folder, to prove the check wrote nothing. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out[join(e.parentPath, e.name)] = readFileSync(join(e.parentPath, e.name), 'base64');
  }
  return out;
}

describe('npm run check:content', { timeout: 60_000 }, () => {
  it('accepts the real content as it is', () => {
    const r = runCheck(checkout, content);
    expect(r.output).toMatch(/is valid/);
    expect(r.status).toBe(0);
  });

  it('prints the problems without a stack trace and exits 1, e.g. for a dangling link and a broken body', () => {
    const root = copyContent(content);
    try {
      CONTENT_CASES.find((c) => c.name === 'dangling symlink')!.mutate(root);
      CONTENT_CASES.find((c) => c.name.startsWith('<script>'))!.mutate(root);
      const r = runCheck(checkout, root);
      expect(r.status).toBe(1);
      expect(r.output).toMatch(/gone\.mdx[\s\S]*link to a file that is missing/);
      expect(r.output).toMatch(/kz-gallium-deal\.mdx:\d+:\d+: \*\*body\*\*: <script> is an HTML element/);
      expect(r.output).toMatch(/^2 problems in 2 files; nothing was changed/m);
      expect(r.output).not.toMatch(STACK_TRACE);
    } finally {
      removeCopy(root);
    }
  });

  it('refuses a content folder that does not exist instead of calling it valid', () => {
    const r = runCheck(checkout, join(checkout, 'no-such-content'));
    expect(r.status).toBe(1);
    expect(r.output).toMatch(MISSING_FOLDER_EXPECT);
    expect(r.output).toContain('no-such-content');
    expect(r.output).not.toMatch(STACK_TRACE);
  });
});

describe('check:content refuses bad content clearly', () => {
  it.each(CONTENT_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const root = copyContent(content);
    try {
      c.mutate(root);
      const before = snapshot(root);
      const r = check(root);
      expect(r.ok, r.output).toBe(false);
      expect(r.output).toContain(c.file.split('/').at(-1));
      expect(r.output).toMatch(c.expect);
      expect(r.output).toMatch(/Fix: /);
      expect(r.output).toMatch(/\d+ problems? in \d+ files?; nothing was changed/);
      expect(r.output).not.toMatch(STACK_TRACE);
      expect(snapshot(root)).toEqual(before);
    } finally {
      removeCopy(root);
    }
  });

  it('reports an entry that exists but is invalid once, not again as "unknown" wherever it is referenced', () => {
    const root = copyContent(content);
    try {
      const file = join(root, 'sources/s5.yaml');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace('url: "https://', 'url: "htps://'));
      const r = check(root);
      expect(r.output).toMatch(/^1 problem in 1 file/m);
      expect(r.output).not.toMatch(/unknown sources entry/);
    } finally {
      removeCopy(root);
    }
  });
});
