// An update is a published article about the record: a byline, a language, translations of the
// same piece (one translation group), related reading. Its body is Markdown, rendered safely.
import type { Visibility } from './source.js';

export interface RelatedLink {
  title: string;
  url: string;
}

export interface Update {
  id: string;
  slug: string;
  title: string;
  byline: string;
  language: string;
  /** Markdown; rendered with raw HTML off and only http(s) and mailto links kept. */
  body: string;
  publishedAt: string;
  incidentId: string | null;
  /** Updates sharing a group are translations of one another. */
  translationGroup: string | null;
  related: RelatedLink[];
  visibility: Visibility;
}
