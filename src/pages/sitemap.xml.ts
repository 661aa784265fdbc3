/**
 * The sitemap: every page a search engine should know, with absolute addresses (site and base path
 * from astro.config.mjs: DOWNHILL_SITE and DOWNHILL_BASE). Lessons and part reviews come from the
 * content collections, so a new page is listed without any change here.
 */
import type { APIRoute } from 'astro';
import { getBook } from '../components/site/book';
import { withBase } from '../components/site/paths';

/** Escapes the five XML special characters. */
function xml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('sitemap.xml: astro.config.mjs has no `site`; set DOWNHILL_SITE.');
  const book = await getBook();
  const paths = [withBase(), ...book.sequence.map((stop) => stop.href), withBase('instructors/')];
  const urls = paths.map((path) => `  <url><loc>${xml(new URL(path, site).href)}</loc></url>`).join('\n');
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
