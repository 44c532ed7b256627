// Who proposed what, country by theme: the view the matrix draws, from the briefing.
import type { Briefing } from '../../lib/briefing/briefing.ts';
import { chartId, knownCountry, knownTheme, link } from '../shared/view.ts';
import type { ChartLink, ChartRequest, ViewBase } from '../shared/view.ts';

export interface MatrixCell {
  country: string;
  theme: string;
  /** Initiatives the country proposed (alone or with others) in this theme: the matrix's one measure. */
  initiatives: ChartLink[];
}

export interface ThemeMatrixView extends ViewBase {
  request: ChartRequest & { kind: 'themes' };
  countries: (ChartLink & { name: string })[];
  themes: ChartLink[];
  /** One cell per country and theme, countries first: cells[countryIndex * themes.length + themeIndex]. */
  cells: MatrixCell[];
}

/**
 * Which participant proposed initiatives in which theme. One measure only: documents are not added in, as the host
 * is party to every document and the joint ones list every participant, so a sum would mostly count who signed with
 * whom (each theme's page lists its documents by country).
 */
export function themeMatrixView(
  b: Briefing,
  options: { country?: string | undefined; theme?: string | undefined } = {},
): ThemeMatrixView {
  const request = { kind: 'themes' as const, country: options.country, theme: options.theme };
  const id = chartId(request);
  const onlyCountry = knownCountry(b, id, options.country);
  const onlyTheme = knownTheme(b, id, options.theme);
  const countries = b
    .all('countries')
    .filter((c) => (onlyCountry ? c.id === onlyCountry.id : c.data.role === 'participant'));
  const themes = b.all('themes').filter((t) => !onlyTheme || t.id === onlyTheme.id);
  const has = (list: readonly { id: string }[], id: string) => list.some((x) => x.id === id);
  const cells = countries.flatMap((c) =>
    themes.map((t) => ({
      country: c.id,
      theme: t.id,
      initiatives: b
        .all('initiatives')
        .filter((i) => has(i.data.proposer.countries, c.id) && has(i.data.themes, t.id))
        .map(link),
    })),
  );
  return {
    id,
    request,
    countries: countries.map((c) => ({ ...link(c), name: c.data.name })),
    themes: themes.map(link),
    cells,
    sources: [],
  };
}
