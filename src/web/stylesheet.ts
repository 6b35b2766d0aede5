// The public stylesheet as readers get it: written with comments and room to read in
// assets/site.css, sent minified, because every byte counts on a throttled connection and the
// incident page with its stylesheet must stay under 60 KB. The server and the mirror share it.
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const SOURCE = new URL('./assets/site.css', import.meta.url);

let minified: string | undefined;

export function publicStylesheet(): string {
  minified ??= transformSync(readFileSync(SOURCE, 'utf8'), { loader: 'css', minify: true, charset: 'utf8' }).code;
  return minified;
}
