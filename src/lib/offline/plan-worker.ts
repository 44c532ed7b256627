// A worker thread of planPages(): plans the pages it is sent with the site it was started with.
import { parentPort, workerData } from 'node:worker_threads';
import { planOfflinePage } from './offline-page.ts';
import type { PlanRequest, PlanResponse, PlanWorkerData } from './plan-pages.ts';

const { base, files } = workerData as PlanWorkerData;
const site = new Set(files);
const hasFile = (path: string) => site.has(path);

parentPort!.on('message', async ({ id, pages }: PlanRequest) => {
  let response: PlanResponse;
  try {
    const plans = [];
    for (const { path, html } of pages) plans.push(await planOfflinePage(html, { base, hasFile, pagePath: path }));
    response = { id, plans };
  } catch (error) {
    response = { id, error: (error as Error).message };
  }
  parentPort!.postMessage(response);
});
