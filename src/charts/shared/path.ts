// Path data as short as it can be written without moving a point: a drawn map's outlines are most of its bytes
// (14 shapes, ~22 kB a frame). d3-geo writes every point absolute ("L121.5,202.2"); written as the step from the
// point before ("-1.9,2.6"), computed in tenths from the rounded points so no rounding adds up, the same points
// take about a third less.

/** A number of tenths as SVG writes it shortest: 25 → "2.5", -3 → "-.3", 40 → "4". */
function tenths(n: number): string {
  const text = String(n / 10);
  return text.replace(/^(-?)0\./, '$1.');
}

/** Joins numbers: a minus sign or a command letter already separates them, else a space. */
function join(out: string, next: string): string {
  const end = out.at(-1);
  return end === undefined || /[A-Za-z]/.test(end) || next.startsWith('-') ? out + next : `${out} ${next}`;
}

/**
 * The same path with every line written relative to the point before it. Path data with anything but absolute
 * moves, lines and closes (d3-geo's output for shapes and lines), or with more than one decimal, is returned as is.
 */
export function compactPath(d: string): string {
  const tokens = d.match(/[MLZ]|-?(?:\d+(?:\.\d+)?|\.\d+)/g);
  if (!tokens || tokens.join('').length !== d.replace(/,/g, '').length) return d;
  if (tokens.some((t) => /\.\d\d/.test(t))) return d;
  let out = '';
  let i = 0;
  let at: [number, number] = [0, 0];
  let start: [number, number] = [0, 0];
  let last = '';
  const point = (): [number, number] | undefined => {
    const x = tokens[i];
    const y = tokens[i + 1];
    if (x === undefined || y === undefined || /[MLZ]/.test(x) || /[MLZ]/.test(y)) return undefined;
    i += 2;
    return [Math.round(Number(x) * 10), Math.round(Number(y) * 10)];
  };
  while (i < tokens.length) {
    const command = tokens[i++]!;
    if (command === 'Z') {
      out += 'Z';
      at = start;
      last = 'Z';
      continue;
    }
    if (command !== 'M' && command !== 'L') return d;
    const p = point();
    if (!p) return d;
    if (command === 'M') {
      out = join(join(out + 'M', tenths(p[0])), tenths(p[1]));
      start = p;
      last = 'M';
    } else {
      if (last !== 'l') out += 'l';
      out = join(join(out, tenths(p[0] - at[0])), tenths(p[1] - at[1]));
      last = 'l';
    }
    at = p;
  }
  return out;
}
