// A short list of updates: title in its own language, and the day it was published.
import { formatDay } from '../../present/format.js';
import type { PublicUpdateRef } from '../../present/public-update.js';
import { sitePaths } from '../links.js';
import { usePage } from './page-context.js';

export function UpdateList({ updates }: { updates: PublicUpdateRef[] }) {
  const { tr, links } = usePage();
  return (
    <ul class="update-list">
      {updates.map((update) => (
        <li key={update.slug}>
          <a
            href={links.to(sitePaths.update(tr.locale, update.slug))}
            lang={update.language}
            hrefLang={update.language}
          >
            {update.title}
          </a>{' '}
          <span class="meta">
            · <time dateTime={update.publishedAt}>{formatDay(update.publishedAt.slice(0, 10), tr)}</time> ·{' '}
            {update.language}
          </span>
        </li>
      ))}
    </ul>
  );
}
