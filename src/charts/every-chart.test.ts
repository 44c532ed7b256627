// Every chart the site's own content gives, laid out at both widths with the shipped typeface's metrics: no two
// labels on top of each other, none past the edge of its drawing, and no character the typeface cannot measure.
import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { SiteSchema } from '../schemas/site.ts';
import { Briefing } from '../lib/briefing/briefing.ts';
import { chartCatalogue } from './placements.ts';
import { readContent } from '../lib/briefing/read-content.ts';
import { buildChart } from './index.ts';
import { h } from './shared/svg.ts';
import { meetingLeaders, overflowing, overlapping, textBoxes } from './shared/test-helpers.ts';
import { unmeasuredChars } from './shared/text.ts';

const { raw, problems } = readContent('content');
const briefing = new Briefing(raw, SiteSchema.parse(yaml.load(readFileSync('content/site.yaml', 'utf8'))));
const charts = chartCatalogue(briefing).map(buildChart);

describe('every chart of the briefing', () => {
  it('is read from content without problems', () => {
    expect(problems).toEqual([]);
    expect(charts.length).toBeGreaterThan(10);
  });

  for (const chart of charts) {
    it(`${chart.id}: no label overlaps another or leaves the drawing, no leader line meets another, at either width`, () => {
      for (const variant of ['narrow', 'wide'] as const) {
        const frame = chart.frames[variant];
        expect(overflowing(frame), `${chart.id} ${variant}`).toEqual([]);
        expect(overlapping(frame), `${chart.id} ${variant}`).toEqual([]);
        expect(meetingLeaders(frame), `${chart.id} ${variant}`).toEqual([]);
        expect(
          unmeasuredChars(
            textBoxes(frame)
              .map((b) => b.text)
              .join(''),
          ),
          `${chart.id} ${variant}`,
        ).toEqual([]);
      }
    });
  }
});

describe('the label checks', () => {
  it('catch two labels on one spot and a label past the edge', () => {
    const label = (x: number, y: number, text: string) => h('text', { x, y, 'font-size': 13 }, text);
    const frame = {
      uid: 't',
      width: 100,
      height: 40,
      title: '',
      desc: '',
      defs: [],
      body: [label(10, 20, 'Tashkent'), label(30, 24, 'Bishkek'), label(80, 38, 'Dushanbe')],
    };
    expect(overlapping(frame)).toEqual(['"Tashkent" overlaps "Bishkek"']);
    expect(overflowing(frame)).toEqual(['Dushanbe [80–142, 25–41]']);
  });
});
