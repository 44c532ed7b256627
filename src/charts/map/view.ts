// The map: participants, capitals, the summit city and routes, from the briefing.
import { formatDateRange } from '../../lib/format/format-date.ts';
import type { Briefing } from '../../lib/briefing/briefing.ts';
import { chartCites, chartId, hostOf, link, uniqueCites } from '../shared/view.ts';
import type { ChartCite, ChartLink, ChartRequest, ViewBase } from '../shared/view.ts';

export interface MapCountry extends ChartLink {
  name: string;
  role: 'participant' | 'context';
  /** ISO 3166-1 numeric code, which finds the country's shape in Natural Earth; undefined when the entry has none. */
  isoNumeric?: string | undefined;
  /** Entry file, for error messages. */
  file: string;
  capital?: { name: string; coords: [number, number] } | undefined;
}

export interface MapWaypoint {
  name: string;
  coords?: [number, number] | undefined;
  isoNumeric?: string | undefined;
  /** How the route reaches this point from the one before. */
  via: 'land' | 'sea';
  cites: ChartCite[];
}

export interface MapRoute {
  initiative: ChartLink;
  /** Entry file, for error messages. */
  file: string;
  waypoints: MapWaypoint[];
}

export interface MapView extends ViewBase {
  request: ChartRequest & { kind: 'map' };
  /** The summit's participants, highlighted on the map. */
  countries: MapCountry[];
  /** The summit's city, where the sources' place is the host's capital. */
  summit?: { event: ChartLink; city: string; date: string; coords: [number, number] } | undefined;
  routes: MapRoute[];
}

/** The participants, their capitals, the summit city, and the routes initiatives trace. */
export function mapView(b: Briefing): MapView {
  const request = { kind: 'map' as const };
  const countries: MapCountry[] = b
    .all('countries')
    .filter((c) => c.data.role === 'participant')
    .map((c) => ({
      ...link(c),
      name: c.data.name,
      role: c.data.role,
      isoNumeric: c.data.isoNumeric,
      file: c.file,
      capital:
        c.data.capital && c.data.capitalCoords ? { name: c.data.capital, coords: c.data.capitalCoords } : undefined,
    }));
  const summit = b.summit;
  const host = hostOf(b);
  const city = summit.data.place;
  const summitPoint =
    host && city && host.data.capital === city && host.data.capitalCoords
      ? {
          event: link(summit),
          city,
          date: formatDateRange(summit.data.start, summit.data.end),
          coords: host.data.capitalCoords,
        }
      : undefined;
  const routes: MapRoute[] = b
    .all('initiatives')
    .filter((i) => i.data.route)
    .map((i) => ({
      initiative: link(i),
      file: i.file,
      waypoints: i.data.route!.waypoints.map((w) => ({
        name: w.name,
        coords: w.coords,
        isoNumeric: w.isoNumeric,
        via: w.via,
        cites: chartCites(b, w.cite),
      })),
    }));
  return {
    id: chartId(request),
    request,
    countries,
    summit: summitPoint,
    routes,
    sources: uniqueCites(routes.flatMap((r) => r.waypoints.flatMap((w) => w.cites))),
  };
}
