#!/usr/bin/env node
// A small static file server for the built site, for the e2e tests.
//
//   node scripts/serve-dist.mjs [--port 4329] [--host 127.0.0.1] [--base /downhill/] [--dir dist]
//
// Defaults come from E2E_PORT, E2E_HOST, DOWNHILL_BASE and E2E_DIST_DIR. It serves the
// files of --dir under the URL prefix --base, the way a static host does:
// /base/x/ -> x/index.html, /base/x -> 301 to /base/x/ when x is a folder, unknown paths
// -> 404 (with dist/404.html as body if the site has one), anything outside --base -> 404,
// so a link that forgets the base is caught. GET and HEAD only. No caching. Text files go out
// gzipped (level 9) to a client that accepts gzip, as any static host sends them: the bench's
// Lighthouse runs time the transfer, and an uncompressed page would be slower than any real one.
import { createServer } from 'node:http';
import { createReadStream, statSync, existsSync, readFileSync } from 'node:fs';
import { resolve, join, extname, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.E2E_PORT ?? '4329' },
    host: { type: 'string', default: process.env.E2E_HOST ?? '127.0.0.1' },
    base: { type: 'string', default: process.env.DOWNHILL_BASE ?? '/' },
    dir: { type: 'string', default: process.env.E2E_DIST_DIR ?? 'dist' },
  },
});

const root = resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const port = Number(values.port);

if (!existsSync(join(root, 'index.html'))) {
  console.error(`[serve-dist] ${join(root, 'index.html')} not found: build the site first (npm run build).`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;
/** Gzipped bodies by path and modification time, so each file is compressed once. */
const gzipped = new Map();

function gzipOf(file, stat) {
  const key = `${file}:${stat.mtimeMs}`;
  let body = gzipped.get(key);
  if (!body) {
    body = gzipSync(readFileSync(file), { level: 9 });
    gzipped.set(key, body);
  }
  return body;
}

function fileAt(path) {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat : stat.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

function notFound(req, res, why) {
  const page = join(root, '404.html');
  const body = existsSync(page) ? readFileSync(page) : Buffer.from(`404 Not Found: ${why}\n`);
  res.writeHead(404, {
    'content-type': existsSync(page) ? TYPES['.html'] : TYPES['.txt'],
    'content-length': body.length,
    'cache-control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

// Node's default 16 KB header limit answers longer addresses with 431 before the page loads; the
// e2e fuzz opens lessons with addresses of up to ~40 KB to test what the page does with them.
const server = createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(req.url ?? '/', 'http://local');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400).end('bad path encoding\n');
    return;
  }
  if (pathname.includes('\0')) {
    res.writeHead(400).end('bad path\n');
    return;
  }
  if (!pathname.startsWith(base)) {
    if (`${pathname}/` === base) {
      res.writeHead(301, { location: base + url.search }).end();
      return;
    }
    notFound(req, res, `${pathname} is outside the site base ${base}`);
    return;
  }
  const relative = pathname.slice(base.length);
  let file = resolve(root, relative);
  if (file !== root && !file.startsWith(root + sep)) {
    notFound(req, res, 'outside the site root');
    return;
  }
  let stat = fileAt(file);
  if (stat === 'dir') {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    file = join(file, 'index.html');
    stat = fileAt(file);
  }
  if (!stat || stat === 'dir') {
    notFound(req, res, pathname);
    return;
  }
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    const body = gzipOf(file, stat);
    res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'content-encoding': 'gzip', vary: 'accept-encoding', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, {
    'content-type': type,
    'content-length': stat.size,
    'cache-control': 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
});

server.listen(port, values.host, () => {
  console.log(`[serve-dist] serving ${root} at http://${values.host}:${port}${base}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
