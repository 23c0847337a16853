// Serves the dashboard from this source tree and passes everything else to a running store-service, so a change to
// index.html, app.css or (after `npm run build`) app.js shows on reload without rebuilding the jar:
//   NEWSWIRE_URL=http://localhost:8080 PORT=5173 npm run dev
import { createServer, request } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const site = join(dirname(fileURLToPath(import.meta.url)), '../resources/io/newswire/store/dashboard/site');
const upstream = new URL(process.env.NEWSWIRE_URL ?? 'http://localhost:8080');
const port = Number(process.env.PORT ?? 5173);
const types = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.txt': 'text/plain' };

createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const file = path === '/' ? 'index.html' : normalize(path).replace(/^[/\\]+/, '');
  if (!file.startsWith('api') && !file.startsWith('openapi') && !file.includes('..')) {
    try {
      const body = await readFile(join(site, file));
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(body);
      return;
    } catch {
      // not one of ours: ask the service
    }
  }
  const forward = request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method,
    headers: req.headers }, (up) => {
    res.writeHead(up.statusCode, up.headers);
    up.pipe(res);
  });
  forward.on('error', (e) => {
    res.writeHead(502, { 'Content-Type': 'text/plain' });
    res.end(`store-service at ${upstream} unreachable: ${e.message}`);
  });
  req.pipe(forward);
}).listen(port, () => console.log(`dashboard from ${site} on http://localhost:${port}/, API from ${upstream}`));
