// Atom and JSON Feed of updates, site-wide or of one incident, written by the `feed` library.
// Entries link to their pages in their own language; the same feeds are served and mirrored.
import { Feed } from 'feed';
import { translator } from '../i18n/translator.js';
import type { PublicUpdate } from '../present/public-update.js';
import type { Links } from '../web/links.js';
import { mirrorFile, sitePaths } from '../web/links.js';

/** How many of the newest updates a feed carries. */
export const FEED_SIZE = 50;

export interface FeedSubject {
  /** The incident a feed follows; the whole site when null. */
  incident: { slug: string; title: string } | null;
  updates: readonly PublicUpdate[];
  /** Links as written from the feed file (absolute when the site's address is known). */
  links: Links;
}

function pageLanguage(language: string) {
  return (['fr', 'en', 'ru', 'kk'] as const).find((l) => l === language) ?? 'en';
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The feed library takes only full addresses. A mirror whose address is not known gets links
 * relative to the feed file: built on a placeholder origin, then the origin is replaced.
 */
const PLACEHOLDER = 'https://mirror.invalid/';

export function buildFeeds({ incident, updates, links }: FeedSubject): { atom: string; json: string } {
  const tr = translator('en');
  const known = links.absolute('') !== null;
  const href = (sitePath: string) => links.absolute(sitePath) ?? `${PLACEHOLDER}${mirrorFile(sitePath)}`;
  const self = (format: 'atom' | 'json') =>
    href(incident ? sitePaths.incidentFeed(incident.slug, format) : sitePaths.siteFeed(format));
  const newest = updates.slice(0, FEED_SIZE);
  const build = (asHtml: (text: string) => string) => {
    const feed = new Feed({
      id: links.absolute(sitePaths.home('en')) ?? `urn:temoin:${incident ? `incident:${incident.slug}` : 'site'}`,
      title: incident ? tr.t('feed.incident', { title: incident.title }) : tr.t('feed.site'),
      link: href(incident ? sitePaths.incident('en', incident.slug) : sitePaths.home('en')),
      updated: new Date(newest[0]?.publishedAt ?? '2000-01-01T00:00:00Z'),
      generator: 'Témoin',
      feedLinks: { atom: self('atom'), json: self('json') },
      copyright: '',
    });
    for (const update of newest) {
      const link = href(sitePaths.update(pageLanguage(update.language), update.slug));
      feed.addItem({
        title: asHtml(update.title),
        id: links.absolute(sitePaths.update('en', update.slug)) ?? `urn:temoin:update:${update.slug}`,
        link,
        date: new Date(update.publishedAt),
        published: new Date(update.publishedAt),
        description: asHtml(update.summary),
        content: update.bodyHtml,
        author: [{ name: update.byline }],
      });
    }
    return feed;
  };
  // Atom marks entry titles and summaries as HTML, so their text is escaped there; JSON Feed
  // takes them as plain text.
  const atom = build(escapeHtml).atom1();
  const json = build((text) => text).json1();
  if (known) return { atom, json };
  const root = links.to(sitePaths.stylesheet()).replace(/assets\/site\.css$/, '');
  const relative = (text: string) => text.split(PLACEHOLDER).join(root);
  return { atom: relative(atom), json: relative(json) };
}
