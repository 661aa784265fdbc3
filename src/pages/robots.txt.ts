/** robots.txt: everything may be crawled except the search page; the sitemap's absolute address. */
import type { APIRoute } from 'astro';
import { withBase } from '../components/site/paths';

export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? `\nSitemap: ${new URL(withBase('sitemap.xml'), site).href}` : '';
  return new Response(`User-agent: *\nDisallow: ${withBase('search/')}${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
