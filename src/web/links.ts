// Where a page links to. Views name a target by its site path ("en/incidents/janaozen-2011");
// the server turns it into an absolute path ("/en/incidents/janaozen-2011"), the static mirror
// into a path relative to the page being written ("../incidents/janaozen-2011.html"), so the
// mirror reads from disk and under any path prefix.
import { posix } from 'node:path';
import type { Locale } from '../i18n/translator.js';

export const sitePaths = {
  home: (locale: Locale) => `${locale}/`,
  incident: (locale: Locale, slug: string) => `${locale}/incidents/${slug}`,
  source: (locale: Locale, id: string) => `${locale}/sources/${id}`,
  update: (locale: Locale, slug: string) => `${locale}/updates/${slug}`,
  solidarity: (locale: Locale, slug: string) => `${locale}/incidents/${slug}/solidarity`,
  actionForm: (locale: Locale, slug: string) => `${locale}/incidents/${slug}/solidarity/new`,
  messageForm: (locale: Locale, slug: string) => `${locale}/incidents/${slug}/messages/new`,
  stylesheet: () => 'assets/site.css',
  siteFeed: (format: 'atom' | 'json') => `feeds/updates.${format}`,
  incidentFeed: (slug: string, format: 'atom' | 'json') => `feeds/incidents/${slug}.${format}`,
  sitemap: () => 'sitemap.xml',
};

export interface Links {
  /** The href of a site path, as the page being rendered must write it. */
  to(sitePath: string): string;
  /** The full address of a site path, when the site's own address is known (feeds, share links). */
  absolute(sitePath: string): string | null;
}

/** Links on the live server: absolute paths; full addresses from the request's origin. */
export function serverLinks(origin: string | null): Links {
  return {
    to: (sitePath) => `/${sitePath}`,
    absolute: (sitePath) => (origin ? `${origin}/${sitePath}` : null),
  };
}

/** The file a site path is written to in the mirror: pages get `.html`, folders `index.html`. */
export function mirrorFile(sitePath: string): string {
  if (sitePath === '' || sitePath.endsWith('/')) return `${sitePath}index.html`;
  const last = sitePath.slice(sitePath.lastIndexOf('/') + 1);
  return last.includes('.') ? sitePath : `${sitePath}.html`;
}

/** Links in the static mirror, relative to the file of `fromSitePath`; full addresses from `baseUrl`. */
export function mirrorLinks(fromSitePath: string, baseUrl: string | null): Links {
  const fromDir = posix.dirname(mirrorFile(fromSitePath));
  const base = baseUrl?.replace(/\/+$/, '') ?? null;
  return {
    to: (sitePath) => {
      const hash = sitePath.indexOf('#');
      const [path, fragment] = hash === -1 ? [sitePath, ''] : [sitePath.slice(0, hash), sitePath.slice(hash)];
      if (path === '') return fragment;
      return posix.relative(fromDir, mirrorFile(path)) + fragment;
    },
    absolute: (sitePath) => (base ? `${base}/${mirrorFile(sitePath).replace(/(^|\/)index\.html$/, '$1')}` : null),
  };
}
