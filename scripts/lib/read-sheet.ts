// Reads a spreadsheet file for `npm run import`: refuses what is not UTF-8 text with the fix, finds the column
// separator, and parses the file as a stream so a large sheet is never held twice in memory.
import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { restoreCell } from '../../src/lib/csv.ts';
import type { Importable } from './import-columns.ts';
import { DELIMITERS, detectDelimiter, readCsv, type ImportProblem } from './read-csv.ts';

export interface Sheet {
  rows: Record<string, string>[];
  problems: ImportProblem[];
  delimiter: string;
}

const SAVE_AS_UTF8 =
  'save it as UTF-8: in Excel “CSV UTF-8 (Comma delimited)”, in LibreOffice “Character set: Unicode (UTF-8)”.';

function head(path: string, size: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(size);
    return buf.subarray(0, readSync(fd, buf, 0, size, 0));
  } finally {
    closeSync(fd);
  }
}

/** Decodes UTF-8 strictly, chunk by chunk; fails on the first byte that is not UTF-8, naming its offset. */
function strictUtf8(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      try {
        const text = decoder.decode(chunk, { stream: true });
        offset += chunk.length;
        done(null, text);
      } catch {
        done(Object.assign(new Error('not UTF-8'), { code: 'NOT_UTF8', offset }));
      }
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch {
        done(Object.assign(new Error('not UTF-8'), { code: 'NOT_UTF8', offset }));
      }
    },
  });
}

/** The rows of a CSV file, or the problems that stop it being read. */
export async function readSheet(path: string, collection: Importable, delimiter?: string): Promise<Sheet> {
  const none = (message: string, hint: string): Sheet => ({
    rows: [],
    delimiter: delimiter ?? ',',
    problems: [{ message, hint }],
  });
  const stat = statSync(path);
  if (stat.isDirectory()) return none('is a folder, not a CSV file', 'name the .csv file inside it.');
  if (stat.size === 0)
    return none('is empty', 'export the spreadsheet as CSV again; the first row must name the columns.');
  const start = head(path, 64 * 1024);
  if (start[0] === 0xff && start[1] === 0xfe) return none('is saved as UTF-16, not UTF-8', SAVE_AS_UTF8);
  if (start[0] === 0xfe && start[1] === 0xff) return none('is saved as UTF-16, not UTF-8', SAVE_AS_UTF8);
  if (start.includes(0)) return none('this is not a text file, so not a CSV', 'export the spreadsheet as CSV (UTF-8).');
  // Only the header is needed to check the columns and find the separator; csv-parse/sync does that part.
  const headText = new TextDecoder('utf-8').decode(start);
  const firstLine = headText.split(/\r?\n/, 1)[0] ?? '';
  const sep = delimiter ?? detectDelimiter(headText, collection).delimiter;
  const checked = readCsv(`${firstLine}\n`, collection, sep);
  if (checked.problems.length) return checked;
  const rows: Record<string, string>[] = [];
  try {
    await pipeline(
      createReadStream(path),
      strictUtf8(),
      parse({ columns: true, bom: true, delimiter: sep, skip_empty_lines: true, relax_column_count: false }),
      // The pipeline's last stage consumes the records and yields nothing: stream.pipeline takes an async
      // generator as its sink.
      // eslint-disable-next-line require-yield
      async function* (records: AsyncIterable<Record<string, string>>) {
        for await (const r of records)
          rows.push(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, restoreCell(v)])));
      },
    );
  } catch (error) {
    const e = error as { code?: string; message: string; lines?: number; offset?: number };
    if (e.code === 'NOT_UTF8')
      return none(`is not saved as UTF-8 (an invalid byte near byte ${e.offset ?? 0})`, SAVE_AS_UTF8);
    return {
      rows: [],
      delimiter: sep,
      problems: [
        {
          row: e.lines,
          message: `the CSV is malformed: ${e.message.replace(/^Invalid Record Length: /, '')}`,
          hint: `check quotes and the number of cells in each row (read as ${DELIMITERS[sep] ?? JSON.stringify(sep)}-separated); export the sheet as CSV again.`,
        },
      ],
    };
  }
  return { rows, problems: [], delimiter: sep };
}
