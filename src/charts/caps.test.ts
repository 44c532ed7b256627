import { describe, expect, it } from 'vitest';
import { chartBriefing } from '../lib/briefing/chart-fixtures.ts';
import { buildDocumentCountsChart } from './documents/chart.ts';
import { DOCUMENTS_CAP, DOCUMENTS_SUMMARY_CAP, documentCountsView } from './documents/view.ts';
import { buildMoneyChart } from './money/chart.ts';
import { INITIATIVES_SUMMARY_CAP, initiativeStatusView } from './initiatives/view.ts';
import { buildInitiativesChart } from './initiatives/chart.ts';
import { MONEY_CAP, MONEY_SUMMARY_CAP, moneyView } from './money/view.ts';
import { chartCatalogue, entryCharts, homeCharts, indexCharts } from './placements.ts';
import { tableCsv } from './shared/chart.ts';
import { standaloneSvg } from './shared/frame.ts';
import { overflowing } from './shared/test-helpers.ts';
import { buildTimelineChart } from './timeline/chart.ts';
import { timelineChartView, WEEK_DAY_CAP, WEEK_DAYS_CAP } from './timeline/view.ts';

/** The fixture with `n` more packages, each with a count and an amount in USD. */
const many = (n: number) =>
  chartBriefing((input) => {
    for (let i = 1; i <= n; i++) {
      input.documents![`extra-${i}`] = {
        data: {
          title: `Extra package ${i}`,
          kind: 'package',
          parties: ['japan', 'kazakhstan', 'kyrgyzstan'],
          date: '2025-12',
          themes: ['water'],
          summary: 'More.',
          cite: ['s1 ¶6'],
          count: [{ value: i, unit: 'agreements', cite: ['s1 ¶6'] }],
          value: [{ amount: i * 1e6, currency: 'USD', nature: 'deal-value', cite: ['s2'] }],
        },
      };
    }
  });

describe('charts beyond their caps', () => {
  const b = many(40);

  it('draw the money of a crowded currency as its largest amounts and one counted aggregate, never a sum', () => {
    const view = moneyView(b);
    const usd = view.panels.find((p) => p.currency === 'USD')!;
    expect(usd.groups.flatMap((g) => g.rows)).toHaveLength(MONEY_CAP);
    // Largest first: the fixture's own USD amounts are larger than the extras'.
    const largest = (g: (typeof usd.groups)[number]) => Math.max(...g.rows.map((r) => r.amount));
    expect(usd.groups.map(largest)).toEqual(usd.groups.map(largest).sort((x, y) => y - x));
    const folded = usd.folded!.length;
    expect(folded).toBeGreaterThan(20);
    const chart = buildMoneyChart(view);
    expect(chart.frames.wide.desc).toContain(`${folded} other amounts in USD, from $1 million to`);
    expect(chart.caption).toContain('counted, not added up');
    expect(overflowing(chart.frames.narrow)).toEqual([]);
    // The page's table shows what is drawn; the CSV keeps every row.
    const shown = chart.table.rows.filter((r) => !r.folded);
    expect(chart.table.rows.length - shown.length).toBe(folded);
    expect(chart.table.more?.text).toBe(`${folded} other amounts are not shown here: each currency’s 12 largest are.`);
    expect(chart.table.more?.links).toEqual([{ title: 'the documents register', path: 'documents/' }]);
    expect(tableCsv(chart.table)).toContain('Extra package 1');
  });

  it('draw the largest counts and one aggregate for the rest', () => {
    const view = documentCountsView(b);
    expect(view.groups.flatMap((g) => g.rows)).toHaveLength(DOCUMENTS_CAP);
    const chart = buildDocumentCountsChart(view);
    expect(chart.frames.wide.desc).toContain('other counts, from 1 to');
    expect(overflowing(chart.frames.narrow)).toEqual([]);
    expect(overflowing(chart.frames.wide)).toEqual([]);
    expect(tableCsv(chart.table).split('\r\n').length).toBeGreaterThan(40);
  });

  it('leave a chart within its cap as it was', () => {
    expect(moneyView(chartBriefing()).panels.every((p) => p.folded === undefined)).toBe(true);
    expect(documentCountsView(chartBriefing()).folded).toBeUndefined();
  });
});

describe('home’s summaries', () => {
  const b = many(40);

  it('draw fewer money amounts than the full chart, and the table says so and where every row is', () => {
    const chart = buildMoneyChart(moneyView(b, { summary: true }));
    const usd = moneyView(b, { summary: true }).panels.find((p) => p.currency === 'USD')!;
    expect(usd.groups.flatMap((g) => g.rows)).toHaveLength(MONEY_SUMMARY_CAP);
    expect(chart.id).toBe('money');
    expect(chart.table.more?.text).toMatch(/ other amounts are not shown here: each currency’s 6 largest are\.$/);
    expect(chart.table.more?.links).toEqual([{ title: 'the documents register', path: 'documents/' }]);
    expect(chart.caption).toContain('Where a currency has more than 6 amounts, its 6 largest as reported are drawn');
  });

  it('draw fewer counts than the full chart', () => {
    const view = documentCountsView(b, { summary: true });
    expect(view.groups.flatMap((g) => g.rows)).toHaveLength(DOCUMENTS_SUMMARY_CAP);
    const chart = buildDocumentCountsChart(view);
    expect(chart.table.more?.text).toMatch(/ other counts are not shown here: the 12 largest are\.$/);
    expect(chart.frames.wide.desc).toContain(`The ${DOCUMENTS_SUMMARY_CAP} largest counts:`);
  });

  it('draw fewer squares a row than the full initiatives chart', () => {
    const view = initiativeStatusView(b, { summary: true });
    expect(view.cap).toBe(INITIATIVES_SUMMARY_CAP);
    expect(view.rows.every((r) => r.drawn.length <= INITIATIVES_SUMMARY_CAP)).toBe(true);
    // Within the cap, the table lists each initiative as the full chart does.
    expect(buildInitiativesChart(view).table).toEqual(buildInitiativesChart(initiativeStatusView(b)).table);
  });

  it('count a crowded proposer’s initiatives by status instead of listing them, one row per proposer', () => {
    const crowded = chartBriefing((input) => {
      for (let i = 1; i <= 30; i++) {
        input.initiatives![`extra-${i}`] = {
          data: {
            title: `Extra initiative ${i}`,
            proposer: { countries: ['japan'] },
            status: i % 3 ? 'proposed' : 'agreed',
            date: '2025-12-20',
            event: 'summit',
            themes: ['water'],
            summary: 'More.',
            cite: ['s1 ¶2'],
          },
        };
      }
    });
    const full = buildInitiativesChart(initiativeStatusView(crowded));
    const chart = buildInitiativesChart(initiativeStatusView(crowded, { summary: true }));
    expect(chart.table.columns).toEqual(['Proposed by', 'Proposed', 'Announced', 'Agreed', 'Launched', 'All']);
    const japan = chart.table.rows.find((r) => r.cells[0]!.links![0]!.title === 'Japan')!;
    const cells = japan.cells.slice(1).map((c) => Number(c.text));
    const listed = full.table.rows.filter((r) => r.cells[0]!.links![0]!.title === 'Japan');
    const byStatus = ['proposed', 'announced', 'agreed', 'launched'].map(
      (s) => listed.filter((r) => r.cells[2]!.text === s).length,
    );
    expect(cells).toEqual([...byStatus, listed.length]);
    expect(cells.at(-1)).toBeGreaterThan(30);
    expect(chart.table.rows).toHaveLength(initiativeStatusView(crowded).rows.length);
    expect(chart.table.more?.links).toEqual([{ title: 'the initiatives register', path: 'initiatives/' }]);
    // The drawing is the summary's; the CSV, a download of the full chart, still lists every initiative.
    expect(chart.frames).not.toEqual(full.frames);
    expect(tableCsv(full.table)).toContain('Extra initiative 30');
  });

  it('are home’s charts, while the downloads are the full charts’', () => {
    const home = Object.values(homeCharts(b)).flat();
    expect(home.filter((v) => v.request.kind !== 'map').every((v) => v.request.summary)).toBe(true);
    const catalogue = chartCatalogue(b);
    expect(catalogue.some((v) => v.request.summary)).toBe(false);
    const money = catalogue.find((v) => v.id === 'money')!;
    expect(buildMoneyChart(money as ReturnType<typeof moneyView>).table.more?.text).toContain('12 largest');
  });

  it('are also a country’s charts, the documents register’s money and the initiatives register’s status chart', () => {
    const kazakhstan = entryCharts(b, b.get({ collection: 'countries', id: 'kazakhstan' }));
    expect(kazakhstan.map((v) => [v.id, v.request.summary])).toEqual([
      ['documents-kazakhstan', true],
      ['money-kazakhstan', true],
      ['initiatives-kazakhstan', true],
    ]);
    const money = kazakhstan.find((v) => v.request.kind === 'money') as ReturnType<typeof moneyView>;
    expect(money.panels.find((p) => p.currency === 'USD')!.groups.flatMap((g) => g.rows)).toHaveLength(
      MONEY_SUMMARY_CAP,
    );
    expect(indexCharts(b, 'documents').map((v) => [v.id, v.request.summary])).toEqual([
      ['documents', undefined],
      ['money', true],
    ]);
    expect(indexCharts(b, 'initiatives').map((v) => [v.id, v.request.summary])).toEqual([
      ['initiatives', true],
      ['themes', undefined],
    ]);
    // Their downloads are the full charts: a country's money CSV draws each currency's 12 largest, and lists all.
    const download = chartCatalogue(b).find((v) => v.id === 'money-kazakhstan') as ReturnType<typeof moneyView>;
    expect(download.request.summary).toBeUndefined();
    expect(download.panels.find((p) => p.currency === 'USD')!.groups.flatMap((g) => g.rows)).toHaveLength(MONEY_CAP);
    expect(tableCsv(buildMoneyChart(download).table)).toContain('Extra package 40');
  });

  it('leave a briefing within the smaller caps as the full charts draw it', () => {
    const b0 = chartBriefing();
    expect(buildMoneyChart(moneyView(b0, { summary: true }))).toEqual(buildMoneyChart(moneyView(b0)));
    expect(buildDocumentCountsChart(documentCountsView(b0, { summary: true }))).toEqual(
      buildDocumentCountsChart(documentCountsView(b0)),
    );
    expect(buildInitiativesChart(initiativeStatusView(b0, { summary: true }))).toEqual(
      buildInitiativesChart(initiativeStatusView(b0)),
    );
  });
});

describe('the summit week beyond its caps', () => {
  /** The fixture with `n` more documents signed on the summit's first day, 19 December 2025. */
  const signedThatDay = (n: number) =>
    chartBriefing((input) => {
      for (let i = 1; i <= n; i++) {
        input.documents![`signed-${i}`] = {
          data: {
            title: `Signed document ${i}`,
            kind: 'memorandum',
            parties: ['japan', 'kazakhstan'],
            date: '2025-12-19',
            themes: ['water'],
            summary: 'Signed.',
            cite: ['s1 ¶6'],
          },
        };
      }
    });

  it('draws at most a few things a day and counts the rest of the day in one line', () => {
    const view = timelineChartView(signedThatDay(30));
    const day = view.week!.items.filter((i) => i.date === '2025-12-19');
    expect(day).toHaveLength(WEEK_DAY_CAP);
    const folded = view.week!.folded!.filter((i) => i.date === '2025-12-19');
    const chart = buildTimelineChart(view);
    expect(folded.length).toBeGreaterThan(20);
    // The reader sees one counted line for the rest of the day, on the chart and in its description.
    expect(standaloneSvg(chart.frames.wide, 'Fixture')).toContain(`${folded.length} other documents signed that day`);
    expect(chart.frames.wide.desc).toContain(`${folded.length} other documents signed that day`);
    expect(overflowing(chart.frames.narrow)).toEqual([]);
    expect(overflowing(chart.frames.wide)).toEqual([]);
    // The page's table shows what is drawn, says what it leaves out and where it all is; the CSV keeps every row.
    const shown = chart.table.rows.filter((r) => !r.folded);
    expect(chart.table.rows.length - shown.length).toBe(folded.length);
    expect(chart.table.more?.text).toBe(
      `${folded.length} other documents signed in the summit week are not shown here: the chart’s, at most ${WEEK_DAY_CAP} a day on at most ${WEEK_DAYS_CAP} days, are.`,
    );
    expect(chart.table.more?.links).toEqual([{ title: 'the documents register', path: 'documents/' }]);
    const csv = tableCsv(chart.table);
    for (let i = 1; i <= 30; i++) expect(csv).toContain(`Signed document ${i},`);
  });

  it('draws the summit’s days and its parts’ meetings when its parts span more days than it can draw', () => {
    const b = chartBriefing((input) => {
      // A part a year before the summit, and a document signed on each of 30 days between: 400 days in the "week".
      input.events!['early-talks'] = {
        data: {
          title: 'Early talks',
          kind: 'bilateral-talks',
          start: '2024-11-14',
          partOf: 'summit',
          summary: 'Talks.',
          cite: ['s2'],
        },
      };
      for (let i = 1; i <= 30; i++) {
        input.documents![`early-${i}`] = {
          data: {
            title: `Early document ${i}`,
            kind: 'memorandum',
            parties: ['japan', 'kazakhstan'],
            date: `2025-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
            themes: ['water'],
            summary: 'Signed.',
            cite: ['s1 ¶6'],
          },
        };
      }
    });
    const view = timelineChartView(b);
    expect(view.week!.days).toHaveLength(WEEK_DAYS_CAP);
    expect(view.week!.days).toEqual(expect.arrayContaining(['2024-11-14', '2025-12-18', '2025-12-19', '2025-12-20']));
    const chart = buildTimelineChart(view);
    const hidden = view.week!.folded!.filter((i) => !view.week!.days.includes(i.date));
    expect(standaloneSvg(chart.frames.wide, 'Fixture')).toContain(
      `${hidden.length} other documents signed on ${new Set(hidden.map((i) => i.date)).size} other days: they are in`,
    );
    expect(overflowing(chart.frames.narrow)).toEqual([]);
    for (let i = 1; i <= 30; i++) expect(tableCsv(chart.table)).toContain(`Early document ${i},`);
  });

  it('leaves a summit week within its caps as it was', () => {
    expect(timelineChartView(chartBriefing()).week!.folded).toBeUndefined();
    expect(buildTimelineChart(timelineChartView(chartBriefing())).table.more).toBeUndefined();
  });
});
