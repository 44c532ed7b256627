import { describe, expect, it } from 'vitest';
import { chartBriefing } from '../../lib/briefing/chart-fixtures.ts';
import { initiativeStatusView } from './view.ts';
import { creditLine } from '../shared/chart.ts';
import { standaloneSvg } from '../shared/frame.ts';
import { overflowing } from '../shared/test-helpers.ts';
import { buildInitiativesChart, STATUS_FILLS } from './chart.ts';

const chart = buildInitiativesChart(initiativeStatusView(chartBriefing()));

describe('the initiatives chart', () => {
  it('draws the fixture as its snapshots show, at both widths', async () => {
    for (const variant of ['narrow', 'wide'] as const) {
      await expect(standaloneSvg(chart.frames[variant], creditLine(chart, 'Fixture briefing'))).toMatchFileSnapshot(
        `./__snapshots__/initiatives-${variant}.svg`,
      );
    }
  });

  it('keeps every label inside the chart at both widths', () => {
    expect(overflowing(chart.frames.narrow)).toEqual([]);
    expect(overflowing(chart.frames.wide)).toEqual([]);
  });

  it('fills each status differently, so statuses survive black-and-white print', () => {
    const kinds = Object.values(STATUS_FILLS).map((f) => f.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it('says in its desc what nobody reports and which initiatives have two proposers', () => {
    expect(chart.frames.wide.desc).toContain('None is reported as launched.');
    expect(chart.frames.wide.desc).toContain(
      '1 has more than one proposer and counts in each proposer’s row: Expert forum.',
    );
  });
});
