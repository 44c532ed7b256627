// An edition's snapshot: what each entry said when the edition was published, reduced to what the changes page
// compares (title, figures with their citations, status, corrections) and a fingerprint of everything else.
// Pure: raw content in, plain JSON out; `npm run edition` writes it to content/editions/<edition>.json.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Citation } from '../../schemas/citation.ts';
import type { Site } from '../../schemas/site.ts';
import { figuresOf, titleOf } from '../briefing/briefing.ts';
import { COLLECTIONS } from '../briefing/collections/index.ts';
import type { Entry, RawBriefing } from '../briefing/model.ts';

const cite = (c: Citation) => (c.at ? `${c.source.id} ${c.at}` : c.source.id);

/** One value of a figure as a source reports it: the numbers, what they measure, and the citations. */
export const SnapshotValueSchema = z.object({
  kind: z.enum(['count', 'money']),
  value: z.number(),
  qualifier: z.enum(['exact', 'about', 'more-than', 'up-to']),
  /** Unit for a count ("agreements"), ISO 4217 code for money. */
  unit: z.string(),
  scope: z.string().optional(),
  cite: z.array(z.string()).min(1),
});
export type SnapshotValue = z.output<typeof SnapshotValueSchema>;

export const SnapshotCorrectionSchema = z.object({ edition: z.string(), date: z.string(), text: z.string() });

export const SnapshotEntrySchema = z.object({
  title: z.string(),
  /** SHA-256 of the entry's data and text: a different fingerprint means the entry changed. */
  hash: z.string(),
  figures: z.record(z.string(), z.array(SnapshotValueSchema)).default({}),
  status: z.string().optional(),
  corrections: z.array(SnapshotCorrectionSchema).default([]),
});
export type SnapshotEntry = z.output<typeof SnapshotEntrySchema>;

/** content/editions/<edition>.json */
export const EditionSnapshotSchema = z.object({
  /** The edition's number, e.g. "0.2" (site.yaml `version` when it was recorded). */
  edition: z.string().regex(/^\d+(\.\d+)*$/, { error: 'expected an edition number like "0.2"' }),
  /** Its date (site.yaml `updated`), e.g. "2026-12-01". */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date like "2026-12-01"' }),
  /** What the edition is, in a sentence, for the changes page and the feed. */
  summary: z.string().optional(),
  /** Every entry, keyed "collection/id". */
  entries: z.record(z.string(), SnapshotEntrySchema),
});
export type EditionSnapshot = z.output<typeof EditionSnapshotSchema>;

/**
 * JSON with object keys sorted, so the fingerprint does not depend on key order; empty lists and absent values are
 * left out, so a new optional field in a schema does not make every entry look changed.
 */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    const keys = Object.keys(v).filter(
      (k) => v[k] !== undefined && !(Array.isArray(v[k]) && (v[k] as unknown[]).length === 0),
    );
    return `{${keys
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function fingerprint(entry: Pick<Entry, 'data' | 'body'>): string {
  return createHash('sha256')
    .update(stable(entry.data))
    .update('\n')
    .update(entry.body.trim())
    .digest('hex')
    .slice(0, 16);
}

export function snapshotEntry(entry: Entry): SnapshotEntry {
  const figures: Record<string, SnapshotValue[]> = {};
  for (const f of figuresOf(entry)) {
    figures[f.field] =
      f.kind === 'count'
        ? f.variants.map((v) => ({
            kind: 'count',
            value: v.value,
            qualifier: v.qualifier,
            unit: v.unit,
            ...(v.scope ? { scope: v.scope } : {}),
            cite: v.cite.map(cite),
          }))
        : f.variants.map((v) => ({
            kind: 'money',
            value: v.amount,
            qualifier: v.qualifier,
            unit: v.currency,
            ...(v.scope ? { scope: v.scope } : {}),
            cite: v.cite.map(cite),
          }));
  }
  const d = entry.data as { status?: string; corrections?: { edition: string; date: string; text: string }[] };
  return {
    title: titleOf(entry),
    hash: fingerprint(entry),
    figures,
    ...(d.status ? { status: d.status } : {}),
    corrections: (d.corrections ?? []).map((c) => ({ edition: c.edition, date: c.date, text: c.text })),
  };
}

/** The snapshot of a whole content folder as an edition. */
export function snapshotOf(
  raw: RawBriefing,
  site: Pick<Site, 'version' | 'updated'>,
  summary?: string,
): EditionSnapshot {
  const entries: Record<string, SnapshotEntry> = {};
  for (const c of COLLECTIONS) {
    for (const e of [...(raw[c] as Entry[])].sort((a, b) => a.id.localeCompare(b.id)))
      entries[`${c}/${e.id}`] = snapshotEntry(e);
  }
  return { edition: site.version, date: site.updated, ...(summary ? { summary } : {}), entries };
}
