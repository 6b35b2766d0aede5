// The page of one update: title, byline, date, its translations, the body, related reading, and
// plain share links (no third-party script, no tracker). The stylesheet gives it a clean print.
import { formatDay } from '../../present/format.js';
import type { PublicUpdate } from '../../present/public-update.js';
import { sitePaths } from '../links.js';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';

/** Share addresses that carry only the page's address and title. */
export function shareLinks(url: string, title: string, emailLabel: string) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { name: emailLabel, href: `mailto:?subject=${t}&body=${u}` },
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: 'VK', href: `https://vk.com/share.php?url=${u}&title=${t}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
  ];
}

export function UpdatePage({ update }: { update: PublicUpdate }) {
  const { tr, links } = usePage();
  const address = links.absolute(sitePaths.update(tr.locale, update.slug));
  const feeds = update.incident
    ? {
        atom: sitePaths.incidentFeed(update.incident.slug, 'atom'),
        json: sitePaths.incidentFeed(update.incident.slug, 'json'),
      }
    : undefined;
  return (
    <Layout title={update.title} description={update.summary} feeds={feeds}>
      <article class="update" lang={update.language}>
        <h1>{update.title}</h1>
        <p class="meta">
          {tr.t('update.by', { byline: update.byline })} · <span lang={tr.locale}>{tr.t('update.published')}</span>{' '}
          <time dateTime={update.publishedAt}>{formatDay(update.publishedAt.slice(0, 10), tr)}</time>
          {update.incident ? (
            <>
              {' '}
              · <span lang={tr.locale}>{tr.t('update.about')}</span>{' '}
              <a href={links.to(sitePaths.incident(tr.locale, update.incident.slug))} lang={update.incident.language}>
                {update.incident.title}
              </a>
            </>
          ) : null}
        </p>
        {update.translations.length > 0 ? (
          <p class="meta translations" lang={tr.locale}>
            {tr.t('update.translations')}{' '}
            {update.translations.map((other, i) => (
              <>
                {i > 0 ? ' · ' : ''}
                <a
                  href={links.to(sitePaths.update(tr.locale, other.slug))}
                  hrefLang={other.language}
                  lang={other.language}
                >
                  {other.title}
                </a>
              </>
            ))}
          </p>
        ) : null}
        {/* Rendered from Markdown with raw HTML off and link schemes checked (present/markdown.ts). */}
        <div class="body" dangerouslySetInnerHTML={{ __html: update.bodyHtml }} />
      </article>
      {update.related.length > 0 ? (
        <section aria-labelledby="related-h" class="related">
          <h2 id="related-h">{tr.t('update.related')}</h2>
          <ul>
            {update.related.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="nofollow noopener">
                  {link.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="share-h" class="share">
        <h2 id="share-h">{tr.t('update.share')}</h2>
        {address ? (
          <>
            <p>
              {tr.t('update.link')} <code class="address">{address}</code>
            </p>
            <ul class="share-links">
              {shareLinks(address, update.title, tr.t('update.email')).map((share) => (
                <li key={share.name}>
                  <a href={share.href} rel="nofollow noopener noreferrer">
                    {share.name}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p class="print-hint">{tr.t('update.print')}</p>
      </section>
    </Layout>
  );
}
