// npm run bench:site — the example's incident page from the server, and the same page from the
// static export served by a plain static file server, in one run: requests per second, p99
// latency, and the ratio (goal: the server at least half the static rate).
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import autocannon from 'autocannon';
import { publishSite } from '../src/publish/publish-site.js';
import { loadBundledExampleOnce } from '../src/services/bundled-example.js';
import { migrateToLatest, openStore } from '../src/store/database.js';
import { buildApp } from '../src/web/app.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.atom': 'application/atom+xml',
};

/** A plain static file server: each request reads its file from disk, as a basic host would. */
function serveStatic(root: string) {
  return createServer((request, response) => {
    const path = normalize(join(root, decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')));
    const file = path.endsWith(sep) ? join(path, 'index.html') : path;
    if (!file.startsWith(root) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
}

async function measure(url: string) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99, bytes: result.throughput.average };
}

const work = mkdtempSync(join(tmpdir(), 'temoin-bench-site-'));
const store = openStore({ engine: 'sqlite', file: join(work, 'temoin.db') });
await migrateToLatest(store.db);
await loadBundledExampleOnce(store.db);
const mirror = join(work, 'mirror');
await publishSite(store.db, { outDir: mirror, baseUrl: null });

const app = await buildApp({ db: store.db });
const serverUrl = await app.listen({ port: 0, host: '127.0.0.1' });
const files = serveStatic(mirror);
await new Promise<void>((done) => files.listen(0, '127.0.0.1', done));
const staticUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;

console.log(`bench:site: ${CONNECTIONS} connections, ${DURATION} s each, Node ${process.version}`);
const fromServer = await measure(`${serverUrl}/en/incidents/janaozen-2011`);
const fromStatic = await measure(`${staticUrl}/en/incidents/janaozen-2011.html`);
const line = (name: string, r: typeof fromServer) =>
  `  ${name.padEnd(22)} ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${String(r.p99).padStart(4)} ms`;
console.log(line('server (Témoin)', fromServer));
console.log(line('static export', fromStatic));
console.log(`  ratio server/static    ${(fromServer.rps / fromStatic.rps).toFixed(2)} (goal: 0.50 or more)`);

await app.close();
files.close();
await store.close();
rmSync(work, { recursive: true, force: true });
