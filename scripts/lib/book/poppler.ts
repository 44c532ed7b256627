// Reads PDFs with Debian's poppler-utils (pdfinfo, pdftotext): where each named destination landed, and the text
// a reader can select and search. Missing tools fail with the command that installs them.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function poppler(tool: 'pdfinfo' | 'pdftotext' | 'pdfimages', args: string[]): Promise<string> {
  try {
    const { stdout } = await run(tool, args, { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `${tool} not found. Install Debian's poppler-utils: apt-get install -y poppler-utils (.ci/run does this).`,
        {
          cause: error,
        },
      );
    }
    throw error;
  }
}

/**
 * Named destinations of `pdfinfo -dests` output, by name, with the page (from 1) each lands on. Chromium makes one for
 * every element that a link in the document points at.
 */
export function parseDestinations(output: string): Map<string, number> {
  const pages = new Map<string, number>();
  for (const line of output.split('\n')) {
    const m = /^\s*(\d+)\s+\[[^\]]*\]\s+"(.*)"\s*$/.exec(line);
    if (m) pages.set(m[2]!, Number(m[1]));
  }
  return pages;
}

/** Where each named destination of the PDF lands. */
export async function pdfDestinations(file: string): Promise<Map<string, number>> {
  return parseDestinations(await poppler('pdfinfo', ['-dests', file]));
}

/** Facts `pdfinfo` reports ("Pages", "Page size", "Title"…), by name. */
export async function pdfInfo(file: string): Promise<Map<string, string>> {
  const out = await poppler('pdfinfo', [file]);
  return new Map(
    out.split('\n').flatMap((l) => {
      const m = /^([^:]+):\s*(.*)$/.exec(l);
      return m ? [[m[1]!.trim(), m[2]!.trim()] as const] : [];
    }),
  );
}

/** The PDF's text, one string per page, as pdftotext extracts it: in reading order, or laid out as on the page. */
export async function pdfPages(file: string, options: { layout?: boolean } = {}): Promise<string[]> {
  const text = await poppler('pdftotext', [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-']);
  // pdftotext ends every page with a form feed.
  return text.split('\f').slice(0, -1);
}

/** Raster images in the PDF ("page num type width height…" lines of `pdfimages -list`); none when all is vector. */
export async function pdfImages(file: string): Promise<string[]> {
  return (await poppler('pdfimages', ['-list', file]))
    .split('\n')
    .slice(2)
    .filter((l) => l.trim());
}
