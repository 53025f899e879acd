// Serves the demo and the built module on localhost like production: with the strict
// Content-Security-Policy a careful site would send (so the demo proves the widgets need nothing
// more) and compressed (brotli, else gzip), as any CDN serves them.
//
// Why our own server and not @web/dev-server with a middleware: this one is ~100 lines of node:http
// with no dependency, the page-level tests import startServer() from here and vary the policy per
// path, and the tests and Lighthouse need a plain static server, not a dev server that rewrites
// modules. @web/dev-server stays what the test runner uses to serve src/ as TypeScript.
import { createServer } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const defaultRoot = fileURLToPath(new URL('..', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
// Trusted Types as the README's CSP section has a site write them: required, and our policy allowed by name.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types hip-trial-widgets 'allow-duplicates'";

const compressible = /^(text\/|application\/json|image\/svg)/;
const compressed = new Map();

/** The body as the client accepts it: brotli (quality 11, as a CDN serves a static file), gzip, or as is. */
function encode(body, type, file, mtime, acceptEncoding) {
  const accepts = (name) => new RegExp(`\\b${name}\\b`).test(acceptEncoding ?? '');
  const encoding = !compressible.test(type) || body.length < 1024 ? null : accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : null;
  if (!encoding) return { body };
  const key = `${encoding} ${file} ${mtime}`;
  if (!compressed.has(key)) {
    compressed.set(key, encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipSync(body, { level: 9 }));
  }
  return { body: compressed.get(key), encoding };
}

/**
 * A static server for `root` (the repository by default), with the strict CSP and open CORS of a
 * careful site, compressing text as a CDN does (`compress: false` sends it as is). `csp` is the
 * policy, or a function of the path giving it (tests vary it per page). Resolves with the server
 * and its origin once it listens.
 */
export function startServer({ root = defaultRoot, port = 0, csp: policy = csp, compress = true } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/demo/' }).end();
      return;
    }
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root) || file.split(sep).includes('node_modules')) {
      res.writeHead(404).end('Not found');
      return;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      const type = types[extname(file)] ?? 'application/octet-stream';
      const { body, encoding } = encode(await readFile(file), type, file, info.mtimeMs, compress ? req.headers['accept-encoding'] : '');
      res.writeHead(200, {
        'content-type': type,
        'content-length': body.length,
        ...(encoding ? { 'content-encoding': encoding } : {}),
        vary: 'accept-encoding',
        'content-security-policy': typeof policy === 'function' ? policy(url.pathname) : policy,
        'cache-control': 'no-cache',
        // Snippets load the module with integrity + crossorigin from other sites' pages.
        'access-control-allow-origin': '*',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

// Run directly (npm start): serve the repository on PORT or 8000, or the next free port.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let port = Number(process.env.PORT) || 8000;
  for (let tries = 0; ; tries++) {
    try {
      const { origin } = await startServer({ port });
      console.log(`\nhip-trial-widgets demo: ${origin}/demo/`);
      console.log(`The embed builder and one page per element are linked from there. Stop with Ctrl+C.\n`);
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || tries >= 20) throw error;
      port += 1;
    }
  }
}
