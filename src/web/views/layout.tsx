// The frame of every public page: no script, system fonts, one small stylesheet that also prints,
// a language switcher, and the feeds.
import type { ComponentChildren } from 'preact';
import { LANGUAGE_NAMES, LOCALES } from '../../i18n/translator.js';
import { sitePaths } from '../links.js';
import { usePage } from './page-context.js';

export interface LayoutProps {
  title: string;
  description?: string;
  /** Feeds of this page's subject; the site's feeds when not given. */
  feeds?: { atom: string; json: string };
  children: ComponentChildren;
}

export function Layout({ title, description, feeds, children }: LayoutProps) {
  const { tr, links, inLocale } = usePage();
  const atom = links.to(feeds?.atom ?? sitePaths.siteFeed('atom'));
  const json = links.to(feeds?.json ?? sitePaths.siteFeed('json'));
  return (
    <html lang={tr.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Témoin`}</title>
        {description ? <meta name="description" content={description} /> : null}
        <link rel="stylesheet" href={links.to(sitePaths.stylesheet())} />
        {/* No icon file: saves a request the browser would otherwise make on every site. */}
        <link rel="icon" href="data:," />
        <link rel="alternate" type="application/atom+xml" href={atom} />
        <link rel="alternate" type="application/feed+json" href={json} />
        {LOCALES.filter((l) => l !== tr.locale).map((l) => (
          <link key={l} rel="alternate" hrefLang={l} href={links.to(inLocale(l))} />
        ))}
      </head>
      <body>
        <header class="site-header">
          <a class="brand" href={links.to(sitePaths.home(tr.locale))}>
            Témoin
          </a>
          <span class="tagline">{tr.t('site.tagline')}</span>
          <nav class="languages" aria-label={tr.t('site.languages')}>
            {LOCALES.map((l) =>
              l === tr.locale ? (
                <strong key={l} lang={l} aria-current="page">
                  {LANGUAGE_NAMES[l]}
                </strong>
              ) : (
                <a key={l} lang={l} hrefLang={l} href={links.to(inLocale(l))}>
                  {LANGUAGE_NAMES[l]}
                </a>
              ),
            )}
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer class="site-footer">
          <p>{tr.t('site.footer')}</p>
          <p class="feeds">
            {tr.t('site.feeds')} <a href={atom}>Atom</a> · <a href={json}>JSON Feed</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
