// Serves the demo and the built module on localhost, with the strict Content-Security-Policy a
// careful site would send, so the demo proves the widgets need nothing more. No dependencies.
import { createServer } from 'node:http';
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

/**
 * A static server for `root` (the repository by default), with the strict CSP and open CORS of a
 * careful site. `csp` is the policy, or a function of the path giving it (tests vary it per page).
 * Resolves with the server and its origin once it listens.
 */
export function startServer({ root = defaultRoot, port = 0, csp: policy = csp } = {}) {
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
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
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
