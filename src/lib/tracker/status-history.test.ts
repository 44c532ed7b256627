import { describe, expect, it } from 'vitest';
import { buildRaw, FIXTURE, type RawInput } from '../briefing/test-fixtures.ts';
import { validateBriefing } from '../briefing/validate.ts';
import { formatContentProblems } from '../errors.ts';

function withInitiative(data: Record<string, unknown>): RawInput {
  const input = structuredClone(FIXTURE);
  input.initiatives = {
    plan: {
      data: {
        title: 'A plan',
        proposer: { countries: ['japan'] },
        status: 'announced',
        date: '2025-12-20',
        themes: ['transport-connectivity'],
        summary: 'A plan.',
        cite: ['s5'],
        ...data,
      },
    },
  };
  return input;
}

function problemsOf(history: unknown[], status = 'announced') {
  const { raw, problems } = buildRaw(withInitiative({ statusHistory: history, status }));
  expect(problems).toEqual([]);
  return validateBriefing(raw).map((p) => `${p.field}: ${p.message}`);
}

describe('an initiative’s status history', () => {
  it('passes when every status is dated, cited and in order', () => {
    expect(
      problemsOf([
        { status: 'proposed', date: '2025-08-04', cite: ['s1 ¶5'] },
        { status: 'announced', date: '2025-12-20', cite: ['s5'] },
      ]),
    ).toEqual([]);
  });

  it('fails an undated status', () => {
    expect(problemsOf([{ status: 'announced', cite: ['s5'] }])).toEqual([
      'statusHistory.0.date: "announced" has no date',
    ]);
  });

  it('fails an uncited status', () => {
    expect(problemsOf([{ status: 'announced', date: '2025-12-20' }])).toEqual([
      'statusHistory.0.cite: "announced" cites no source',
    ]);
  });

  it('fails a status that goes backwards without a correction, and accepts it with one', () => {
    const back = [
      { status: 'agreed', date: '2025-12-18', cite: ['s5'] },
      { status: 'announced', date: '2025-12-20', cite: ['s1 ¶5'] },
    ];
    expect(problemsOf(back)).toEqual([
      'statusHistory.1.status: goes back from "agreed" (statusHistory.0) to "announced" without a correction',
    ]);
    expect(
      problemsOf([back[0], { ...back[1], correction: 'The earlier report took a plan for an agreement.' }]),
    ).toEqual([]);
  });

  it('fails statuses out of time order, and a last status that is not the entry’s status', () => {
    expect(
      problemsOf([
        { status: 'proposed', date: '2025-12-20', cite: ['s5'] },
        { status: 'announced', date: '2025-08', cite: ['s5'] },
      ]),
    ).toEqual(['statusHistory.1.date: 2025-08 is earlier than the status before it (2025-12-20)']);
    expect(problemsOf([{ status: 'proposed', date: '2025-12-20', cite: ['s5'] }])).toEqual([
      'status: is "announced", but the latest status in statusHistory is "proposed"',
    ]);
  });

  it('fails a citation of a source that does not exist, naming the file and a fix', () => {
    const { raw } = buildRaw(
      withInitiative({ statusHistory: [{ status: 'announced', date: '2025-12-20', cite: ['s9'] }] }),
    );
    expect(formatContentProblems(validateBriefing(raw))).toContain(
      '**statusHistory.0.cite.0.source**: unknown sources entry "s9"',
    );
  });

  it('reports the problem the way every content problem is reported: entry, file, field and fix', () => {
    const { raw } = buildRaw(withInitiative({ statusHistory: [{ status: 'announced', date: '2025-12-20' }] }));
    expect(formatContentProblems(validateBriefing(raw))).toMatchInlineSnapshot(`
      "The briefing's content has 1 problem.

      **initiatives → plan** (content/initiatives/plan.mdx) has a problem:
        - **statusHistory.0.cite**: "announced" cites no source
          Fix: give the source that reports this status, e.g. cite: ["s22"]; only sourced statuses go in the history."
    `);
  });
});
