// The shape of a benchmark run, as saved to bench/results/*.json and rendered by report.ts.
import type { BuildProfile } from '../../src/integrations/profile.ts';
import type { BuildMeasure } from './build.ts';
import type { LighthouseRun } from './lighthouse-score.ts';
import type { Machine } from './machine.ts';
import type { OutputSize } from './output-size.ts';
import type { PageWeight } from './page-weight.ts';
import type { SearchMeasure } from './search.ts';

export const SITES = ['briefing', 'starlight'] as const;
export type SiteName = (typeof SITES)[number];

export interface SiteRun {
  build?: BuildMeasure & { output: OutputSize };
  /** The briefing's own build profile (BRIEFING_PROFILE): its phases, integrations, marked costs and pages by route. */
  profile?: BuildProfile;
  pages: PageWeight[];
  search?: SearchMeasure;
  /** Why search was not measured, e.g. "no index in this build". */
  searchNotMeasured?: string;
  /** Lighthouse (mobile) on the main pages; measured on the real content and the largest corpus of a run. */
  lighthouse?: LighthouseRun[];
  /** What went wrong, when the build or a measure failed; the run goes on with the next one. */
  errors: string[];
}

export interface CorpusRun {
  /** "real content" or "generated, 1000 documents". */
  label: string;
  /** Documents in the corpus. */
  documents: number;
  /** Entries of all collections. */
  entries: number;
  /** The document page measured: the one whose text has the median length. */
  documentPath: string;
  queries: [string, string];
  sites: Record<SiteName, SiteRun>;
}

export interface BenchResults {
  /** ISO date and time of the run (UTC). */
  date: string;
  command: string;
  machine: Machine;
  versions: Record<string, string>;
  /** Search sessions per site and corpus; the timings reported are their medians. */
  searchRuns: number;
  corpora: CorpusRun[];
}
