// Serves a built site on 127.0.0.1 (a free port) for the browser tests and the bench: static files only, like any
// web host.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface SiteServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:40123/ (plus the base path, if any). */
  url: string;
  close: () => Promise<void>;
}

/** Serves `dir` under `basePath` ("/" or "/briefing/"); unknown paths get the site's 404 page. */
export async function serveSite(dir: string, basePath = '/'): Promise<SiteServer> {
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(basePath)) {
      res.statusCode = 404;
      res.end('outside the site');
      return;
    }
    req.url = `/${url.slice(basePath.length)}`;
    files(req, res, () => {
      res.statusCode = 404;
      req.url = '/404.html';
      files(req, res, () => {
        res.end('not found');
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
