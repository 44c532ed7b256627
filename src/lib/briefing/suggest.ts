/** Edit distance (Levenshtein), to suggest the name an author probably meant. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** The closest of `names` to `wanted` (ignoring case), if it is close enough to be a slip of the keyboard. */
export function suggest(wanted: string, names: readonly string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const name of names) {
    const d = distance(wanted.toLowerCase(), name.toLowerCase());
    if (!best || d < best.d) best = { name, d };
  }
  // A prefix counts too ("alias" → "aliases", "discrepancy" → "discrepancies").
  const prefix = names.find((n) => n.toLowerCase().startsWith(wanted.toLowerCase()) && wanted.length >= 4);
  if (best && best.d <= Math.max(2, Math.floor(wanted.length / 3))) return best.name;
  return prefix;
}
