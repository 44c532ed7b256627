import type { APIRoute } from 'astro';
import { href } from '../site.ts';

// Everything is public; the sitemap lists every page.
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(href('sitemap-index.xml'), site ?? 'https://briefing.example.org').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
