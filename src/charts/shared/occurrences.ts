// How many times a chart has appeared in the page being rendered, so a second copy (an author's MDX chart that
// the page also shows, or the book, which gathers pages) gets ids of its own.
const seen = new WeakMap<Request, Map<string, number>>();

/** 1 for the first time `id` appears in the render of `request`, then 2, 3, … */
export function nextOccurrence(request: Request, id: string): number {
  let counts = seen.get(request);
  if (!counts) seen.set(request, (counts = new Map()));
  const n = (counts.get(id) ?? 0) + 1;
  counts.set(id, n);
  return n;
}
