// `temoin publish --out DIR [--base-url URL]`: writes the public site as static files, for a
// mirror that still reads when the site's domain is blocked. Progress shows on a terminal.
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { readConfig } from '../config.js';
import { PublishError } from '../publish/mirror-manifest.js';
import { publishSite } from '../publish/publish-site.js';
import { loadBundledExampleOnce } from '../services/bundled-example.js';
import { migrateToLatest, openStore } from '../store/database.js';

export function registerPublishCommand(program: Command): void {
  program
    .command('publish')
    .requiredOption('--out <dir>', 'folder to write the mirror to (empty, or a previous mirror)')
    .option('--base-url <url>', 'the address the mirror will be served from, for feeds, sitemap and share links')
    .description('write the whole public site as static files, with a manifest of SHA-256 sums')
    .action(async (options: { out: string; baseUrl?: string }) => {
      const baseUrl = options.baseUrl ?? null;
      if (baseUrl !== null && !/^https?:\/\/[^\s]+$/.test(baseUrl)) {
        throw new PublishError(`--base-url: "${baseUrl}" is not an http(s) address`);
      }
      const config = readConfig();
      const store = openStore(config.store);
      const bar = process.stderr.isTTY
        ? new SingleBar({ format: 'temoin: publishing [{bar}] {value}/{total} files', stream: process.stderr })
        : null;
      const started = performance.now();
      try {
        await migrateToLatest(store.db);
        // As `serve` does: a new data folder starts with the bundled example.
        await loadBundledExampleOnce(store.db);
        const outDir = resolve(options.out);
        const result = await publishSite(store.db, {
          outDir,
          baseUrl,
          onProgress: (done, total) => {
            if (!bar) return;
            if (done === 1 || !bar.getTotal()) bar.start(total, done);
            else bar.update(done);
          },
        });
        bar?.stop();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(
          `temoin: ${result.files.length} files (${result.pages} pages) in ${outDir}: ${result.written} written, ${result.removed} removed, the rest unchanged, in ${seconds} s`,
        );
      } finally {
        bar?.stop();
        await store.close();
      }
    });
}
