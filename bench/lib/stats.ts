// The few statistics the benchmark reports: medians of repeated timings, ratios, and how a cost grows with size.

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** ours / reference, or undefined when the reference is 0 (a ratio to nothing says nothing). */
export function ratio(ours: number, reference: number): number | undefined {
  return reference === 0 ? undefined : ours / reference;
}

/**
 * Growth exponent k of cost ≈ c·size^k, fitted by least squares on log–log points: 1 is linear, 2 quadratic, and
 * below 1 means a fixed start-up cost still dominates. Undefined with fewer than two distinct sizes.
 */
export function growthExponent(points: readonly { size: number; cost: number }[]): number | undefined {
  const usable = points.filter((p) => p.size > 0 && p.cost > 0);
  if (new Set(usable.map((p) => p.size)).size < 2) return undefined;
  const xs = usable.map((p) => Math.log(p.size));
  const ys = usable.map((p) => Math.log(p.cost));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

/**
 * Growth between consecutive sizes, marginal cost: (cost₂ − cost₁) / (size₂ − size₁) per unit of size, so a
 * fixed start-up cost does not hide how each added document costs.
 */
export function marginalCosts(
  points: readonly { size: number; cost: number }[],
): { from: number; to: number; perUnit: number }[] {
  const sorted = [...points].sort((a, b) => a.size - b.size);
  return sorted.slice(1).map((p, i) => ({
    from: sorted[i]!.size,
    to: p.size,
    perUnit: (p.cost - sorted[i]!.cost) / (p.size - sorted[i]!.size),
  }));
}
