// Checks a static mirror the way a reader would find it broken: every href and src in every page
// must lead to a file of the mirror, and every #fragment to an id in that file. Links out of the
// mirror (http, https, mailto) are not followed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export interface BrokenLink {
  page: string;
  href: string;
  problem: string;
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;
// Links out of the mirror, and data: URLs that need no file.
const EXTERNAL = /^(https?:|mailto:|data:)/i;

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&quot;/g, '"');

export function checkMirrorLinks(root: string): BrokenLink[] {
  const base = resolve(root);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      found = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => decode(m[1] ?? '')));
      ids.set(file, found);
    }
    return found;
  };
  const broken: BrokenLink[] = [];
  for (const file of htmlFiles(base)) {
    const page = relative(base, file);
    for (const match of readFileSync(file, 'utf8').matchAll(ATTRIBUTE)) {
      const href = decode(match[1] ?? '');
      if (EXTERNAL.test(href)) continue;
      if (href === '' || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/')) {
        broken.push({ page, href, problem: 'not a relative link: the mirror would break under a path prefix' });
        continue;
      }
      const [pathPart = '', fragment] = href.split('#');
      const target = pathPart === '' ? file : resolve(dirname(file), decodeURIComponent(pathPart.split('?')[0] ?? ''));
      if (!target.startsWith(base + sep) && target !== base) {
        broken.push({ page, href, problem: 'leads out of the mirror' });
      } else if (!existsSync(target) || !statSync(target).isFile()) {
        broken.push({ page, href, problem: 'no such file' });
      } else if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) {
        broken.push({ page, href, problem: `no element with id "${fragment}"` });
      }
    }
  }
  return broken;
}
