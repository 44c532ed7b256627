import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EditionSnapshotSchema } from '../../../src/lib/editions/snapshot.ts';
import { recordEdition } from './record.ts';

const MINI = 'tests/fixtures/mini-content';
let out: string | undefined;
afterEach(() => {
  if (out) rmSync(out, { recursive: true, force: true });
  out = undefined;
});

describe('npm run edition', () => {
  it('records the edition of site.yaml as a snapshot of every entry', () => {
    out = mkdtempSync(join(tmpdir(), 'bf-edition-'));
    const r = recordEdition({ content: MINI, out, summary: 'Fixture edition.' });
    const snapshot = EditionSnapshotSchema.parse(JSON.parse(readFileSync(r.file, 'utf8')));
    expect(r.file).toBe(join(out, `${snapshot.edition}.json`));
    expect(snapshot.summary).toBe('Fixture edition.');
    expect(Object.keys(snapshot.entries)).toContain('documents/fixture-accord');
    expect(r.entries).toBe(Object.keys(snapshot.entries).length);
  });

  it('leaves an edition recorded with the same content as it is, and refuses to change a published one', () => {
    out = mkdtempSync(join(tmpdir(), 'bf-edition-'));
    const first = recordEdition({ content: MINI, out });
    expect(recordEdition({ content: MINI, out }).unchanged).toBe(true);
    writeFileSync(first.file, '{"edition":"x"}\n');
    expect(() => recordEdition({ content: MINI, out })).toThrow(
      /already records edition .* with other content\. A published edition does not change/,
    );
    expect(readFileSync(first.file, 'utf8')).toBe('{"edition":"x"}\n');
  });

  it('records nothing from content with problems, and names them', () => {
    out = mkdtempSync(join(tmpdir(), 'bf-edition-'));
    expect(() => recordEdition({ content: 'tests/fixtures/broken-content', out })).toThrow(
      /problem[\s\S]*Fix these before recording edition/,
    );
  });
});
