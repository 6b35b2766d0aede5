// The frame of every public page: no script, system fonts, one small stylesheet that also prints.
import type { ComponentChildren } from 'preact';

export interface LayoutProps {
  title: string;
  lang?: string;
  description?: string;
  children: ComponentChildren;
}

export function Layout({ title, lang = 'en', description, children }: LayoutProps) {
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Témoin`}</title>
        {description ? <meta name="description" content={description} /> : null}
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body>
        <header class="site-header">
          <a class="brand" href="/">
            Témoin
          </a>
          <span class="tagline">a sourced record of what happened</span>
        </header>
        <main id="main">{children}</main>
        <footer class="site-footer">
          <p>
            Every figure here names who gave it, when, and in which words. Where sources disagree, all of them are
            shown.
          </p>
        </footer>
      </body>
    </html>
  );
}
