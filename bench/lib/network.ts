// What a page transfers, as Chromium reports it through Playwright: bytes by type and requests, with the time each
// request started, so a measure can count what came before DOMContentLoaded or after a query was typed.
import type { BrowserContext } from 'playwright-core';

export const CATEGORIES = ['html', 'css', 'js', 'font', 'image', 'wasm', 'search-index', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Transfer {
  url: string;
  category: Category;
  /** Bytes on the wire, headers included (Chromium's encodedDataLength). */
  bytes: number;
  /** When the request was sent, in milliseconds since 1970 (the clock of performance.timing). */
  sentAt: number;
  /** When its last byte arrived, same clock. */
  finishedAt: number;
}

/** The kind of resource a response is, from Playwright's resource type ("script", "fetch", …), its MIME type and its address. */
export function categorise(resourceType: string, mimeType: string, url: string): Category {
  const path = new URL(url).pathname;
  if (mimeType === 'application/wasm' || /\.wasm(\.|$)/.test(path) || path.endsWith('.pagefind')) return 'wasm';
  // Pagefind's index: the entry file, metadata, index chunks, filters and result fragments.
  if (/\/pagefind\/.*(\.pf_[a-z]+|pagefind-entry\.json)$/.test(path)) return 'search-index';
  switch (resourceType) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'script':
      return 'js';
    case 'font':
      return 'font';
    case 'image':
      return 'image';
    default:
      if (mimeType.includes('javascript')) return 'js';
      if (mimeType === 'text/css') return 'css';
      if (mimeType === 'text/html') return 'html';
      if (mimeType.startsWith('font/')) return 'font';
      if (mimeType.startsWith('image/')) return 'image';
      return 'other';
  }
}

/** Bytes and requests by category. */
export function sumByCategory(transfers: readonly Transfer[]): {
  bytes: Record<Category, number>;
  requests: Record<Category, number>;
  totalBytes: number;
  totalRequests: number;
} {
  const bytes = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const requests = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const t of transfers) {
    bytes[t.category] += t.bytes;
    requests[t.category] += 1;
  }
  return { bytes, requests, totalBytes: transfers.reduce((s, t) => s + t.bytes, 0), totalRequests: transfers.length };
}

/** Records every finished request of a browser context, workers' included (Pagefind searches in a Web Worker). */
export class NetworkLog {
  readonly transfers: Transfer[] = [];
  #open = 0;

  /**
   * `fileSize` gives the size of a served file from its URL: Chromium reports 0 bytes for a worker's own script,
   * so that one is taken from disk.
   */
  constructor(context: BrowserContext, fileSize: (url: string) => number | undefined) {
    context.on('request', () => {
      this.#open++;
    });
    context.on('requestfailed', () => {
      this.#open--;
    });
    context.on('requestfinished', (request) => {
      void (async () => {
        try {
          const url = request.url();
          if (url.startsWith('data:')) return;
          const sizes = await request.sizes();
          const response = await request.response();
          const body = sizes.responseBodySize || (response?.status() === 200 ? (fileSize(url) ?? 0) : 0);
          const mimeType = (response?.headers()['content-type'] ?? '').split(';')[0]!.trim();
          const start = request.timing().startTime;
          this.transfers.push({
            url,
            category: categorise(request.resourceType(), mimeType, url),
            bytes: body + sizes.responseHeadersSize,
            sentAt: start,
            finishedAt: start + request.timing().responseEnd,
          });
        } finally {
          this.#open--;
        }
      })();
    });
  }

  /** A marker for `since`: transfers recorded so far. */
  mark(): number {
    return this.transfers.length;
  }

  /** Transfers finished after `mark`. */
  since(mark: number): Transfer[] {
    return this.transfers.slice(mark);
  }

  /** Resolves once no request has been open or finished for `quietMs` (Playwright's networkidle is per navigation). */
  async quiet(quietMs = 500, timeoutMs = 30_000): Promise<void> {
    const start = Date.now();
    let count = -1;
    let since = Date.now();
    while (Date.now() - start < timeoutMs) {
      if (this.#open > 0 || this.transfers.length !== count) {
        count = this.transfers.length;
        since = Date.now();
      } else if (Date.now() - since >= quietMs) {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
