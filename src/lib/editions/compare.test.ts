import { describe, expect, it } from 'vitest';
import { buildRaw, FIXTURE, type RawInput } from '../briefing/test-fixtures.ts';
import { compareEditions, lastChangedIn, sortEditions } from './compare.ts';
import { snapshotOf } from './snapshot.ts';

const snap = (input: RawInput, version: string, updated: string) => {
  const { raw, problems } = buildRaw(input);
  expect(problems).toEqual([]);
  return snapshotOf(raw, { version, updated });
};

describe('the changes from one edition to the next', () => {
  const before = snap(FIXTURE, '0.1', '2026-11-28');

  it('lists a changed figure with its old and new values, each with its citations', () => {
    const input = structuredClone(FIXTURE);
    (input.documents!['kz-package']!.data as { count: unknown[] }).count = [
      { value: 14, unit: 'documents', cite: ['s5'] },
    ];
    const c = compareEditions(before, snap(input, '0.2', '2026-12-01'));
    expect(c.figures).toEqual([
      {
        key: 'documents/kz-package',
        title: 'Kazakhstan–Japan package',
        field: 'count',
        before: [{ kind: 'count', value: 60, qualifier: 'more-than', unit: 'agreements', cite: ['s1 ¶5'] }],
        after: [{ kind: 'count', value: 14, qualifier: 'exact', unit: 'documents', cite: ['s5'] }],
      },
    ]);
    expect(c.revised.map((r) => r.key)).toEqual(['documents/kz-package']);
  });

  it('counts a reworded scope as a revised entry, not a changed figure', () => {
    const input = structuredClone(FIXTURE);
    const count = (input.documents!['kz-package']!.data as { count: Record<string, unknown>[] }).count;
    count[0]!.scope = 'signed between Kazakhstan and Japan';
    const c = compareEditions(before, snap(input, '0.2', '2026-12-01'));
    expect(c.figures).toEqual([]);
    expect(c.revised.map((r) => r.key)).toEqual(['documents/kz-package']);
  });

  it('lists an added and a removed entry', () => {
    const input = structuredClone(FIXTURE);
    delete input.themes!['transport-connectivity'];
    input.documents!['kz-package']!.data = { ...(input.documents!['kz-package']!.data as object), themes: ['energy'] };
    input.themes!.energy = { data: { title: 'Energy', summary: 'Power.', order: 2 } };
    const c = compareEditions(before, snap(input, '0.2', '2026-12-01'));
    expect(c.added).toEqual([{ key: 'themes/energy', title: 'Energy' }]);
    expect(c.removed).toEqual([{ key: 'themes/transport-connectivity', title: 'Transport and connectivity' }]);
  });

  it('lists the corrections the new edition made, not those of earlier editions', () => {
    const input = structuredClone(FIXTURE);
    (input.events!['summit-2025']!.data as Record<string, unknown>).corrections = [
      { edition: '0.1', date: '2026-11-28', text: 'An older correction.' },
      { edition: '0.2', date: '2026-12-01', text: 'The place was wrong; it is Tokyo.' },
    ];
    const c = compareEditions(before, snap(input, '0.2', '2026-12-01'));
    expect(c.corrections).toEqual([
      {
        key: 'events/summit-2025',
        title: 'First summit',
        date: '2026-12-01',
        text: 'The place was wrong; it is Tokyo.',
      },
    ]);
  });

  it('finds nothing between two records of the same content', () => {
    const c = compareEditions(before, snap(FIXTURE, '0.2', '2026-12-01'));
    expect([c.added, c.removed, c.figures, c.corrections, c.revised, c.statuses]).toEqual([[], [], [], [], [], []]);
  });

  it('says in which edition each entry last changed', () => {
    const input = structuredClone(FIXTURE);
    input.themes!['transport-connectivity']!.data = { title: 'Transport', summary: 'Routes and ports.', order: 1 };
    const last = lastChangedIn([snap(input, '0.2', '2026-12-01'), before]);
    expect(last.get('themes/transport-connectivity')).toBe('0.2');
    expect(last.get('documents/kz-package')).toBe('0.1');
  });

  it('orders editions by number, 0.2 before 0.10', () => {
    expect(sortEditions([{ edition: '0.10' }, { edition: '1.0' }, { edition: '0.2' }]).map((e) => e.edition)).toEqual([
      '0.2',
      '0.10',
      '1.0',
    ]);
  });
});
