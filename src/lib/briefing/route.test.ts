import { describe, expect, it } from 'vitest';
import { Briefing } from './briefing.ts';
import { createRoute, noteRows, routeOf } from './route.ts';
import { buildRaw, FIXTURE, fixtureSite } from './test-fixtures.ts';

const site = fixtureSite();
const b = new Briefing(buildRaw(FIXTURE).raw, site);
const summit = b.get({ collection: 'events', id: 'summit-2025' });

describe('a page route', () => {
  it('numbers the notes of what the page shows, and names each note’s source for the Notes section', () => {
    const route = createRoute(b, [...summit.data.cite, ...summit.data.cite]);
    const rows = noteRows(route);
    expect(rows.map((r) => [r.n, r.source.id, r.at])).toEqual(
      summit.data.cite.map((c, i) => [i + 1, c.source.id, c.at]),
    );
    expect(rows[0]!.source.data.title).toBeTruthy();
  });

  it('is found by citation marks in Astro.locals, and its absence names the fix', () => {
    const route = createRoute(b);
    expect(routeOf({ route })).toBe(route);
    expect(() => routeOf({})).toThrowErrorMatchingInlineSnapshot(
      `[Error: no briefing route on this page: render it inside BaseLayout, or attach createRoute() first]`,
    );
  });
});
