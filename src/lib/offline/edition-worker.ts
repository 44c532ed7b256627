// The worker thread that writes the offline edition (src/integrations/offline-edition.ts starts it): the edition
// works with a heap of its own, not the build's, which Astro leaves full of the pages it has made.
import { parentPort, workerData } from 'node:worker_threads';
import { profileState, type Span } from '../profile.ts';
import { type EditionSummary, writeOfflineEdition } from './write-edition.ts';

export interface EditionRequest {
  site: string;
  base: string;
}
export type EditionResponse = { summary: EditionSummary; spans: Record<string, Span> } | { error: string };

const { site, base } = workerData as EditionRequest;
let response: EditionResponse;
try {
  response = { summary: await writeOfflineEdition(site, base), spans: profileState()?.spans ?? {} };
} catch (error) {
  response = { error: (error as Error).message };
}
parentPort!.postMessage(response);
