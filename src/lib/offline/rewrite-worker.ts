// A worker thread of rewritePages(): rewrites the pages it is sent, with the site it was started with, and hands their
// bytes back without a copy.
import { parentPort, workerData } from 'node:worker_threads';
import { rewritePage, type RewriteRequest, type RewriteResponse, type RewriteWorkerData } from './rewrite-pages.ts';

const { base, files } = workerData as RewriteWorkerData;
const site = new Set(files);
const hasFile = (path: string) => site.has(path);

parentPort!.on('message', ({ id, pages }: RewriteRequest) => {
  let response: RewriteResponse;
  try {
    response = { id, pages: pages.map((page) => rewritePage(page, base, hasFile)) };
  } catch (error) {
    response = { id, error: (error as Error).message };
  }
  const transfer =
    'pages' in response ? response.pages.flatMap((page) => page.pieces.map((p) => p.buffer as ArrayBuffer)) : [];
  parentPort!.postMessage(response, transfer);
});
