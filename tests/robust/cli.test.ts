// Faults and bad arguments for the editor CLIs: each is refused with a message naming the file and the fix, no stack
// trace, and nothing written or lost; faults mid-way (a killed import, two at once) leave all or nothing.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, lockPath } from '../../scripts/lib/lock.ts';
import { checkContent } from '../../src/lib/briefing/read-content.ts';
import { STACK_TRACE } from './run-check.ts';
import { cli, cliAsync, contentCopy, snapshot } from './cli.ts';

const copies: string[] = [];
afterEach(() => copies.splice(0).forEach((c) => rmSync(join(c, '..'), { recursive: true, force: true })));
const fresh = () => {
  const c = contentCopy();
  copies.push(c);
  return c;
};

const HEADER = 'id,title,official_title,kind,parties,date,themes,summary,citations';
const row = (id: string, title = `Memo ${id}`) =>
  `${id},${title},false,memorandum,aland,2030-05-01,fixture-theme,A memorandum.,s1 ¶4`;
const sheet = (content: string, name: string, text: string | Buffer) => {
  const path = join(content, '..', name);
  writeFileSync(path, text);
  return path;
};

/** A refusal as an editor should see it: the exit code, the file named, the gist, no stack, nothing changed. */
function expectRefusal(
  r: { status: number | null; output: string },
  names: string,
  gist: RegExp,
  content: string,
  before: Record<string, string>,
) {
  expect(r.status, r.output).not.toBe(0);
  expect(r.output).toContain(names);
  expect(r.output).toMatch(gist);
  expect(r.output).not.toMatch(STACK_TRACE);
  expect(snapshot(content)).toEqual(before);
}

describe('npm run new refuses bad arguments clearly', { timeout: 30_000 }, () => {
  const refusals: [string, string[], string, RegExp][] = [
    ['no arguments', [], 'usage: npm run new', /collections: sources/],
    ['an unknown collection', ['treaties', 'X'], 'treaties', /unknown collection "treaties": use one of/],
    ['a title with no letters or digits', ['documents', '!!! …'], '!!! …', /makes no id[\s\S]*--id/],
    ['an --id that is not an id', ['documents', 'Rail', '--id', 'Rail Memo'], 'Rail Memo', /is not an id/],
    ['an empty title', ['documents', '  '], 'title is empty', /nothing was written/],
    ['a title that is already an entry', ['documents', 'Fixture Accord'], 'fixture-accord.mdx', /already exists/],
  ];
  it.each(refusals)('%s', (_, args, names, gist) => {
    const content = fresh();
    const before = snapshot(content);
    expectRefusal(cli('new.ts', args, content), names, gist, content, before);
  });

  it('refuses a content folder that does not exist, naming it', () => {
    const r = cli('new.ts', ['documents', 'Rail'], '/nonexistent/content');
    expect(r.status).toBe(1);
    expect(r.output).toContain('/nonexistent/content does not exist');
    expect(r.output).not.toMatch(STACK_TRACE);
  });
});

describe('npm run new makes ids from any title', { timeout: 30_000 }, () => {
  it.each([
    ['Cyrillic', 'Договор о сотрудничестве', 'dogovor-o-sotrudnichestve'],
    ['Japanese', '東京宣言', 'dong-jing-xuan-yan'],
    ['Uzbek Latin with ʻ', 'Oʻzbekiston–Yaponiya memorandumi', 'ozbekiston-yaponiya-memorandumi'],
  ])('transliterates a %s title', (_, title, id) => {
    const content = fresh();
    const r = cli('new.ts', ['documents', title], content);
    expect(r.status, r.output).toBe(0);
    expect(existsSync(join(content, 'documents', `${id}.mdx`))).toBe(true);
    expect(readFileSync(join(content, 'documents', `${id}.mdx`), 'utf8')).toContain(title);
  });

  it('shortens a 500-character title to an id of at most 60 characters at a word boundary, instead of ENAMETOOLONG', () => {
    const content = fresh();
    const r = cli('new.ts', ['documents', 'Memorandum on rail and road links '.repeat(15)], content);
    expect(r.status, r.output).toBe(0);
    expect(r.output).not.toMatch(/ENAMETOOLONG|errno/i);
    const [file] = readdirSync(join(content, 'documents')).filter((f) => f !== 'fixture-accord.mdx');
    expect(file).toMatch(/^memorandum-on-rail-and-road-links-memorandum-on-rail-and\.mdx$/);
  });

  it('still works when the content folder holds a dangling link (reported by the check, not a crash)', () => {
    const content = fresh();
    symlinkSync(join(content, 'nowhere.mdx'), join(content, 'documents', 'gone.mdx'));
    const r = cli('new.ts', ['documents', 'Rail memo'], content);
    expect(r.status, r.output).toBe(0);
    expect(r.output).not.toMatch(STACK_TRACE);
  });
});

describe('npm run import refuses bad sheets and arguments clearly', { timeout: 30_000 }, () => {
  const refusals: [string, (c: string) => string[], RegExp][] = [
    ['no arguments', () => [], /usage: npm run import/],
    [
      'a collection that cannot be imported',
      (c) => ['people', sheet(c, 'p.csv', HEADER)],
      /"people" cannot be imported/,
    ],
    ['a file that does not exist', (c) => ['documents', join(c, '..', 'missing.csv')], /missing\.csv: no such file/],
    [
      'a folder instead of a file',
      (c) => {
        mkdirSync(join(c, '..', 'sheets'));
        return ['documents', join(c, '..', 'sheets')];
      },
      /sheets: [\s\S]*is a folder/,
    ],
    ['an empty file', (c) => ['documents', sheet(c, 'empty.csv', '')], /empty\.csv: [\s\S]*is empty/],
    [
      'a Latin-1 sheet',
      (c) => ['documents', sheet(c, 'latin1.csv', Buffer.from(`${HEADER}\n${row('a', 'Caf\xe9 accord')}\n`, 'latin1'))],
      /latin1\.csv: [\s\S]*not saved as UTF-8[\s\S]*save it as UTF-8/,
    ],
    [
      'a UTF-16 sheet',
      (c) => [
        'documents',
        sheet(c, 'utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\n`, 'utf16le')])),
      ],
      /utf16\.csv: [\s\S]*UTF-16[\s\S]*save it as UTF-8/,
    ],
    [
      'a binary file',
      (c) => ['documents', sheet(c, 'x.csv', Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1]))],
      /x\.csv: [\s\S]*not a text file/,
    ],
    [
      'a header with no separator',
      (c) => ['documents', sheet(c, 'spaces.csv', `${HEADER.replace(/,/g, ' ')}\n`)],
      /spaces\.csv: [\s\S]*no column separator/,
    ],
    [
      'an unknown --delimiter',
      (c) => ['documents', sheet(c, 'a.csv', HEADER), '--delimiter', ':'],
      /--delimiter must be one of/,
    ],
    [
      'a row with a bad id',
      (c) => ['documents', sheet(c, 'bad-id.csv', `${HEADER}\n${row('Bad Id')}\n`)],
      /bad-id\.csv: [\s\S]*row 2, column "id"/,
    ],
    [
      'a row citing an unknown source',
      (c) => ['documents', sheet(c, 'cite.csv', `${HEADER}\n${row('a').replace('s1 ¶4', 's9')}\n`)],
      /cite\.csv: [\s\S]*row 2[\s\S]*unknown sources entry "s9"/,
    ],
    [
      'a malformed quote',
      (c) => ['documents', sheet(c, 'quote.csv', `${HEADER}\na,"Memo,false\n`)],
      /quote\.csv: [\s\S]*malformed/,
    ],
  ];
  it.each(refusals)('%s', (_, args, gist) => {
    const content = fresh();
    const a = args(content);
    const before = snapshot(content);
    const r = cli('import.ts', a, content);
    const named =
      a[0] === 'people' ? '"people"' : a.includes('--delimiter') ? '--delimiter' : (a[1]?.split('/').at(-1) ?? 'usage');
    expectRefusal(r, named, gist, content, before);
    expect(r.output).toMatch(/nothing was written|usage|must be one of|cannot be imported/);
  });
});

describe('npm run import under faults', { timeout: 60_000 }, () => {
  it('reads a semicolon-separated sheet, saying so', () => {
    const content = fresh();
    const r = cli(
      'import.ts',
      ['documents', sheet(content, 'semi.csv', `${HEADER}\n${row('a')}\n`.replace(/,/g, ';'))],
      content,
    );
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain('read as semicolon-separated');
    expect(existsSync(join(content, 'documents/a.mdx'))).toBe(true);
  });

  it('keeps comments, quoting and flow lists when it updates one title (a one-line diff)', () => {
    const content = fresh();
    const file = join(content, 'documents/fixture-accord.mdx');
    const original = readFileSync(file, 'utf8').replace('kind: agreement', 'kind: agreement # as the source calls it');
    writeFileSync(file, original);
    const csv = `id,title,official_title,kind,parties,date,event,themes,summary,citations\nfixture-accord,Fixture Accord of 2030,true,agreement,aland,2030-05-01,fixture-summit,fixture-theme,An accord signed in tests.,s1 ¶3\n`;
    const r = cli('import.ts', ['documents', sheet(content, 'rename.csv', csv)], content);
    expect(r.status, r.output).toBe(0);
    const after = readFileSync(file, 'utf8').split('\n');
    const changed = original.split('\n').filter((line, i) => line !== after[i]);
    expect(changed).toEqual(['title: Fixture Accord']);
    expect(after).toContain('title: Fixture Accord of 2030');
    expect(after).toContain('kind: agreement # as the source calls it');
    expect(after).toContain('parties: [aland]');
  });

  it('killed mid-way, leaves whole files only, and the next run finishes it: all rows or none', () => {
    const content = fresh();
    const rows = Array.from({ length: 12 }, (_, i) => row(`memo-${i + 1}`));
    const csv = sheet(content, 'many.csv', `${HEADER}\n${rows.join('\n')}\n`);
    const killed = cli('import.ts', ['documents', csv], content, { BRIEFING_TEST_KILL_AFTER_RENAMES: '5' });
    expect(killed.status).toBe(null); // SIGKILL: no message, no clean-up, as after a power cut
    const written = readdirSync(join(content, 'documents')).filter((f) => f.startsWith('memo-'));
    expect(written.length).toBe(5);
    for (const f of written) expect(statSync(join(content, 'documents', f)).size).toBeGreaterThan(100);
    // Until it is finished, the check says so instead of calling half an import valid.
    expect(checkContent(content).problems.map((p) => p.message)).toContain(
      'an import was cut short: some of its files are not in place yet',
    );
    const again = cli('import.ts', ['documents', csv], content);
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain('Finished an earlier import that was cut short: 7 file(s)');
    expect(readdirSync(join(content, 'documents')).filter((f) => f.startsWith('memo-')).length).toBe(12);
    expect(checkContent(content).problems).toEqual([]);
    expect(existsSync(join(content, '.import-staging'))).toBe(false);
  });

  it('refuses at once with --no-wait while a build holds the content folder, naming it; nothing written', async () => {
    const content = fresh();
    const release = await acquireLock({ path: lockPath(content), task: 'build' });
    try {
      const csv = sheet(content, 'one.csv', `${HEADER}\n${row('a')}\n`);
      const before = snapshot(content);
      const r = cli('import.ts', ['documents', csv, '--no-wait'], content);
      expect(r.status).toBe(1);
      expect(r.output).toMatch(/another build is running in this checkout \(process \d+/);
      expect(r.output).not.toMatch(STACK_TRACE);
      expect(snapshot(content)).toEqual(before);
    } finally {
      release();
    }
  });

  it('runs two imports at once one after the other: each waits while the content is held, and both sheets land whole', async () => {
    const content = fresh();
    const a = sheet(content, 'a.csv', `${HEADER}\n${Array.from({ length: 30 }, (_, i) => row(`a-${i}`)).join('\n')}\n`);
    const b = sheet(content, 'b.csv', `${HEADER}\n${Array.from({ length: 30 }, (_, i) => row(`b-${i}`)).join('\n')}\n`);
    // This test holds the content first, as a running import would, so both imports must wait whatever the machine's
    // speed (left to start together, a fast first import could finish before the second looked); it lets go once
    // both have said they are waiting, and then they take the content one after the other.
    const since = '2026-01-01T00:00:00Z';
    writeFileSync(lockPath(content), JSON.stringify({ pid: process.pid, task: 'import', since }));
    const waiting = `Waiting for the import started at ${since} (process ${process.pid})`;
    const said = [false, false];
    const onOutput = (i: number) => (output: string) => {
      said[i] ||= output.includes(waiting);
      if (said.every(Boolean)) rmSync(lockPath(content), { force: true });
    };
    const [ra, rb] = await Promise.all([
      cliAsync('import.ts', ['documents', a], content, undefined, onOutput(0)),
      cliAsync('import.ts', ['documents', b], content, undefined, onOutput(1)),
    ]);
    expect([ra.status, rb.status], ra.output + rb.output).toEqual([0, 0]);
    expect(ra.output).toContain(waiting);
    expect(rb.output).toContain(waiting);
    expect(readdirSync(join(content, 'documents')).filter((f) => /^[ab]-/.test(f)).length).toBe(60);
    expect(checkContent(content).problems).toEqual([]);
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const content = fresh();
    writeFileSync(
      lockPath(content),
      JSON.stringify({ pid: 2 ** 22 + 1, task: 'build', since: '2026-01-01T00:00:00Z' }),
    );
    const r = cli(
      'import.ts',
      ['documents', sheet(content, 'one.csv', `${HEADER}\n${row('a')}\n`), '--no-wait'],
      content,
    );
    expect(r.status, r.output).toBe(0);
  });
});
