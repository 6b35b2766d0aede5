// Public shape of an update: what a reader, a feed and the mirror get. The body is rendered here,
// once, from Markdown to safe HTML.
import type { Update } from '../domain/update.js';
import { excerpt, renderMarkdown } from './markdown.js';

export interface PublicUpdateRef {
  slug: string;
  title: string;
  language: string;
  publishedAt: string;
}

export interface PublicUpdate extends PublicUpdateRef {
  byline: string;
  summary: string;
  bodyHtml: string;
  incident: { slug: string; title: string; language: string } | null;
  related: { title: string; url: string }[];
  /** Other public languages of the same piece. */
  translations: PublicUpdateRef[];
}

export function presentUpdateRef(update: Update): PublicUpdateRef {
  return { slug: update.slug, title: update.title, language: update.language, publishedAt: update.publishedAt };
}

export function presentUpdate(
  update: Update,
  incident: { slug: string; title: string; language: string } | null,
  group: readonly Update[],
): PublicUpdate {
  return {
    ...presentUpdateRef(update),
    byline: update.byline,
    summary: excerpt(update.body),
    bodyHtml: renderMarkdown(update.body),
    incident,
    related: update.related.map((r) => ({ title: r.title, url: r.url })),
    translations: group.filter((u) => u.id !== update.id).map(presentUpdateRef),
  };
}
