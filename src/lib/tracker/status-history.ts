// The rules of an initiative's status history that a schema cannot say: every status dated and cited, in time
// order, never lower than an earlier one unless a correction says why, and the last one is the entry's `status`.
import { INITIATIVE_STATUSES, type StatusReport } from '../../schemas/initiative.ts';
import type { ContentProblem } from '../errors.ts';
import { dateSortKey } from '../format/format-date.ts';
import type { Entry, RawBriefing } from '../briefing/model.ts';

const rank = (status: string) => INITIATIVE_STATUSES.indexOf(status as (typeof INITIATIVE_STATUSES)[number]);

export function statusHistoryProblems(raw: Pick<RawBriefing, 'initiatives'>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of raw.initiatives as Entry<'initiatives'>[]) {
    const history = entry.data.statusHistory;
    if (!history) continue;
    const problem = (field: string, message: string, hint: string) =>
      problems.push({ collection: 'initiatives', id: entry.id, file: entry.file, field, message, hint });
    if (history.length === 0) {
      problem(
        'statusHistory',
        'is empty',
        'list at least the status the sources report, e.g. - { status: proposed, date: "2025-12-20", cite: ["s1 ¶5"] }, or leave the field out.',
      );
      continue;
    }
    let previous: (StatusReport & { i: number }) | undefined;
    history.forEach((report, i) => {
      const field = `statusHistory.${i}`;
      if (!report.date)
        problem(
          `${field}.date`,
          `"${report.status}" has no date`,
          'give the date the source reports it, e.g. date: "2025-12-20"; a status no source dates cannot go in the history.',
        );
      if (!report.cite?.length)
        problem(
          `${field}.cite`,
          `"${report.status}" cites no source`,
          'give the source that reports this status, e.g. cite: ["s22"]; only sourced statuses go in the history.',
        );
      if (previous?.date && report.date && dateSortKey(report.date) < dateSortKey(previous.date)) {
        problem(
          `${field}.date`,
          `${report.date} is earlier than the status before it (${previous.date})`,
          'list the statuses oldest first.',
        );
      }
      if (previous && rank(report.status) < rank(previous.status) && !report.correction) {
        problem(
          `${field}.status`,
          `goes back from "${previous.status}" (statusHistory.${previous.i}) to "${report.status}" without a correction`,
          'add correction: "…" saying what the earlier report got wrong, or fix the order of the statuses.',
        );
      }
      previous = { ...report, i };
    });
    const last = history.at(-1)!;
    if (last.status !== entry.data.status) {
      problem(
        'status',
        `is "${entry.data.status}", but the latest status in statusHistory is "${last.status}"`,
        `set status: ${last.status}, or add the later sourced status to statusHistory.`,
      );
    }
  }
  return problems;
}
