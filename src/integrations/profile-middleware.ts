// Times each page the build renders, by route; added by src/integrations/profile.ts only when profiling.
import { defineMiddleware } from 'astro:middleware';
import { profileState } from '../lib/profile.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const started = performance.now();
  const state = profileState();
  if (state) state.firstPageAtMs ??= Math.round(started);
  const response = await next();
  // Read the body here, so that the time includes rendering all of it (the body may be a stream).
  const body = await response.arrayBuffer();
  const ms = performance.now() - started;
  if (state) {
    const route = (state.routes[context.routePattern] ??= { count: 0, ms: 0, maxMs: 0 });
    route.count++;
    route.ms += ms;
    route.maxMs = Math.max(route.maxMs, ms);
  }
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});
