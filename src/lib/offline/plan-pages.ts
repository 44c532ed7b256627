// Plans the offline form of every page (one parse each), spread over worker threads: parsing is most of the
// edition's work on a big briefing, and the build's main thread has nothing else to do meanwhile.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { planOfflinePage, type PagePlan } from './offline-page.ts';

export interface PlanWorkerData {
  base: string;
  /** Every file of the edition, by path from its root: what `hasFile` answers from. */
  files: string[];
}
export interface PlanRequest {
  id: number;
  pages: { path: string; html: string }[];
}
export type PlanResponse = { id: number; plans: PagePlan[] } | { id: number; error: string };

/** Pages sent to a worker at a time, at most: few messages, yet small enough to share the work out evenly. */
const BATCH = 32;
/** Characters of HTML sent to a worker at a time, at most (a page larger than this goes alone). */
const BATCH_CHARACTERS = 1_000_000;
/** Below this many pages, starting threads costs more than it saves. */
const PARALLEL_FROM = 200;

export interface PlanOptions {
  base: string;
  files: ReadonlySet<string>;
  /** Worker threads to use; 0 plans on this thread. Default: one per core, at most 4, when there are many pages. */
  workers?: number | undefined;
}

/** The plan of each page (same order as `pages`). */
export async function planPages(
  pages: readonly { path: string; html: string }[],
  options: PlanOptions,
): Promise<PagePlan[]> {
  const count = options.workers ?? (pages.length >= PARALLEL_FROM ? Math.min(4, availableParallelism()) : 0);
  if (count <= 1) {
    const hasFile = (path: string) => options.files.has(path);
    const plans: PagePlan[] = [];
    for (const { path, html } of pages)
      plans.push(await planOfflinePage(html, { base: options.base, hasFile, pagePath: path }));
    return plans;
  }
  // Largest pages first: the book alone is a quarter of a big briefing's HTML, and started last it would keep one
  // worker busy long after the others had finished.
  const order = pages.map((_, i) => i).sort((a, b) => pages[b]!.html.length - pages[a]!.html.length || a - b);
  const batches: { indices: number[]; pages: PlanRequest['pages'] }[] = [];
  let characters = Infinity;
  for (const i of order) {
    const page = pages[i]!;
    if (characters + page.html.length > BATCH_CHARACTERS || batches.at(-1)!.pages.length >= BATCH) {
      batches.push({ indices: [], pages: [] });
      characters = 0;
    }
    batches.at(-1)!.indices.push(i);
    batches.at(-1)!.pages.push(page);
    characters += page.html.length;
  }
  const plans = new Array<PagePlan>(pages.length);
  const workerData: PlanWorkerData = { base: options.base, files: [...options.files] };
  const workers = Array.from(
    { length: Math.min(count, batches.length) },
    () => new Worker(new URL('./plan-worker.ts', import.meta.url), { workerData }),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= batches.length) return resolve();
              const id = next++;
              worker.postMessage({ id, pages: batches[id]!.pages } satisfies PlanRequest);
            };
            worker.on('message', (response: PlanResponse) => {
              if ('error' in response) return reject(new Error(response.error));
              const { indices } = batches[response.id]!;
              response.plans.forEach((plan, i) => (plans[indices[i]!] = plan));
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`a worker planning offline pages stopped (exit code ${code})`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return plans;
}
