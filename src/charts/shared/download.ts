// A chart as a file to download (SVG, and the PNG drawn from it): the wide layout with its title on top and, at its
// foot, what it rests on and under what terms, so that it still says so once it has left the site.
import type { Site } from '../../schemas/site.ts';
import { creditLine, type BuiltChart, type CreditInfo } from './chart.ts';
import { standaloneSvg } from './frame.ts';

/** Addresses a downloaded chart can cite: absolute ones exist only when the site has an address (settings.ts). */
export interface DownloadLinks {
  /** The site's home page, absolute, or undefined: no address is made up. */
  home?: string | undefined;
  /** The chart's data file (every source in full): its absolute address, else its file name ("money.csv"). */
  data: string;
}

/** Origin and licence of a downloaded chart, from site.yaml: "CA+JAD Briefing, version 0.4 (2026-12-02), …". */
export function downloadCredit(site: Site, links: DownloadLinks): CreditInfo {
  const origin = [`${site.title}, version ${site.version} (${site.updated})`, site.publisher, links.home];
  return {
    origin: origin.filter(Boolean).join(', '),
    licence: `${site.license}, ${site.licenseUrl}`,
    data: links.data,
  };
}

/** The standalone SVG file of a chart, credit line included. */
export function downloadSvg(chart: BuiltChart, site: Site, links: DownloadLinks): string {
  return standaloneSvg(chart.frames.wide, creditLine(chart, downloadCredit(site, links)));
}
