import type { APIRoute } from 'astro';
import { absoluteUrl } from '../settings.ts';
import { href } from '../site.ts';

// Everything is public; the sitemap lists every page (there is one only when the site has an address).
export const GET: APIRoute = () => {
  const sitemap = absoluteUrl(href('sitemap-index.xml'));
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
