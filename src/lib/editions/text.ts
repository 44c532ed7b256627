import { formatCount } from '../format/format-count.ts';
import { formatMoney } from '../format/format-money.ts';
import type { SnapshotValue } from './snapshot.ts';

/** A recorded value as readers see it: "more than 60 agreements", "¥3 trillion". */
export function snapshotValueText(v: SnapshotValue): string {
  const text =
    v.kind === 'count'
      ? formatCount({ value: v.value, qualifier: v.qualifier, unit: v.unit })
      : formatMoney({ amount: v.value, currency: v.unit, qualifier: v.qualifier });
  return v.scope ? `${text} (${v.scope})` : text;
}

/** "documents/tokyo-declaration" → "documents/tokyo-declaration/", the entry's page; glossary terms are anchors. */
export function keyPath(key: string): string {
  const [collection, id] = key.split('/');
  return collection === 'glossary' ? `glossary/#${id}` : `${key}/`;
}
