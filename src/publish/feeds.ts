// Atom and JSON Feed of updates, site-wide or of one incident, written by the `feed` library.
// Entries link to their pages in their own language; the same feeds are served and mirrored.
import { Feed } from 'feed';
import { translator } from '../i18n/translator.js';
import { countryName } from '../present/format.js';
import type { PublicMessage, PublicSolidarityAction } from '../present/public-incident.js';
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
  /** An incident feed also carries the approved solidarity actions and messages. */
  solidarity?: { actions: readonly PublicSolidarityAction[]; messages: readonly PublicMessage[] };
}

function pageLanguage(language: string) {
  return (['fr', 'en', 'ru', 'kk'] as const).find((l) => l === language) ?? 'en';
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A reader's plain text as the HTML body of an entry, one paragraph a line. Both formats need it
 * given: without a body, the library would send the text itself as JSON Feed's `content_html`.
 */
function plainTextAsHtml(text: string): string {
  return text
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

/**
 * The feed library takes only full addresses. A mirror whose address is not known gets links
 * relative to the feed file: built on a placeholder origin, then the origin is replaced.
 */
const PLACEHOLDER = 'https://mirror.invalid/';

export function buildFeeds({ incident, updates, links, solidarity }: FeedSubject): { atom: string; json: string } {
  const tr = translator('en');
  const known = links.absolute('') !== null;
  const href = (sitePath: string) => links.absolute(sitePath) ?? `${PLACEHOLDER}${mirrorFile(sitePath)}`;
  const self = (format: 'atom' | 'json') =>
    href(incident ? sitePaths.incidentFeed(incident.slug, format) : sitePaths.siteFeed(format));
  const newest = updates.slice(0, FEED_SIZE);
  const actions = solidarity?.actions.slice(-FEED_SIZE) ?? [];
  const messages = solidarity?.messages.slice(-FEED_SIZE) ?? [];
  const dates = [
    newest[0]?.publishedAt,
    ...actions.map((a) => `${a.date}T12:00:00Z`),
    ...messages.map((m) => `${m.date}T12:00:00Z`),
  ].filter((d): d is string => d !== undefined);
  const updated = dates.sort().at(-1) ?? '2000-01-01T00:00:00Z';
  const build = (asHtml: (text: string) => string) => {
    const feed = new Feed({
      id: links.absolute(sitePaths.home('en')) ?? `urn:temoin:${incident ? `incident:${incident.slug}` : 'site'}`,
      title: incident ? tr.t('feed.incident', { title: incident.title }) : tr.t('feed.site'),
      link: href(incident ? sitePaths.incident('en', incident.slug) : sitePaths.home('en')),
      updated: new Date(updated),
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
    if (incident) {
      const page = (fragment: string) => href(`${sitePaths.solidarity('en', incident.slug)}#${fragment}`);
      for (const action of actions) {
        const where = [action.city, countryName(action.country, tr)].filter(Boolean).join(', ');
        const text = [action.what, action.organisation, action.link]
          .filter((part): part is string => Boolean(part))
          .join(' — ');
        feed.addItem({
          title: asHtml(tr.t('solidarity.feedAction', { what: action.what, where })),
          id: `urn:temoin:solidarity-action:${action.id}`,
          link: page(`action-${action.id}`),
          date: new Date(`${action.date}T12:00:00Z`),
          description: asHtml(text),
          content: plainTextAsHtml(text),
        });
      }
      for (const message of messages) {
        feed.addItem({
          title: asHtml(tr.t('solidarity.feedMessage', { author: message.author })),
          id: `urn:temoin:message:${message.id}`,
          link: page(`message-${message.id}`),
          date: new Date(`${message.date}T12:00:00Z`),
          description: asHtml(message.text),
          content: plainTextAsHtml(message.text),
        });
      }
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
