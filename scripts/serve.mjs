#!/usr/bin/env node
/**
 * A small static server for the production build, as a real host would serve it: prerendered
 * pages at clean URLs, gzip, long-lived caching for hashed assets, no caching for the service worker,
 * and the security headers the build wrote into <root>/_headers (the Content-Security-Policy among them;
 * see docs/security-headers.md), so the policy served is the one the pages were built with.
 * Used by `npm start`, the e2e tests and the benchmark. No dependencies.
 *
 *   node scripts/serve.mjs [--root dist] [--port 4173] [--host 127.0.0.1]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.map',
]);

/**
 * The headers of a Netlify-style `_headers` file for every path (`/*`), as { name: value }; none when
 * the folder has no such file. Read on each request, so a new build swapped in by setRoot is honoured.
 */
async function hostHeaders(root) {
  // (see forFile below for which of them go with which file)
  const text = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  const headers = {};
  let forAll = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) forAll = line.trim() === '/*';
    else if (forAll) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

/**
 * The host headers that act on this file. The policy headers (CSP, Permissions-Policy, framing,
 * referrer, opener) act only on pages and on the service worker, so only those carry them: over
 * HTTP/1.1 the whole set repeated on every script would add about 0.8 KB to each, some 4 KB to the
 * first view. Every file keeps the two that protect a file itself.
 */
function forFile(headers, file) {
  if (file.endsWith('.html') || file.endsWith(`${sep}sw.js`)) return headers;
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) =>
      ['x-content-type-options', 'cross-origin-resource-policy'].includes(name.toLowerCase()),
    ),
  );
}

async function findFile(root, pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = [join(root, safe), join(root, safe, 'index.html')];
  for (const file of candidates) {
    if (!file.startsWith(root)) continue;
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return file;
  }
  return null;
}

/**
 * Starts the server. `setRoot` swaps the folder served (the e2e update test serves a new build at
 * the same address); `close` stops it and drops open connections.
 */
export async function startServer({ root = 'dist', port = 4173, host = '127.0.0.1' } = {}) {
  let base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      // The host's configuration is not a page.
      let file = pathname === '/_headers' ? null : await findFile(base, pathname);
      let status = 200;
      if (!file) {
        file = await findFile(base, '/404/index.html');
        status = 404;
      }
      if (!file) {
        res.writeHead(404).end('Not found');
        return;
      }
      const ext = extname(file);
      let body = await readFile(file);
      const headers = {
        'X-Content-Type-Options': 'nosniff',
        ...forFile(await hostHeaders(base), file),
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': pathname.startsWith('/assets/')
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      };
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
      headers['Content-Length'] = body.length;
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(err));
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    setRoot(next) {
      base = resolve(next);
    },
    close() {
      server.closeAllConnections();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg('port', process.env.PORT ?? 4173));
  startServer({ root: arg('root', 'dist'), port, host: arg('host', '127.0.0.1') }).then(
    ({ url }) => console.log(`Mobilise is running at ${url}/ (press Ctrl+C to stop)`),
    (err) => {
      console.error(
        err.code === 'EADDRINUSE' ? `Port ${port} is in use. Try: PORT=4174 npm start` : err,
      );
      process.exit(1);
    },
  );
}
