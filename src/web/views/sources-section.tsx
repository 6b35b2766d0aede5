// The public sources of an incident, each with its verbatim text.
import { formatLocalDateTime, sourceKindLabel } from '../../present/format.js';
import type { PublicSource } from '../../present/public-incident.js';
import { sitePaths } from '../links.js';
import { usePage } from './page-context.js';
import { SourceText } from './source-text.js';

export function SourceMeta({ source }: { source: PublicSource }) {
  const { tr } = usePage();
  return (
    <p class="meta">
      {sourceKindLabel(source.kind, tr)} · {tr.t('sources.language', { language: source.language })} ·{' '}
      {tr.t('sources.received')}{' '}
      <time dateTime={source.receivedAt.instant}>{formatLocalDateTime(source.receivedAt, tr)}</time>
      {source.url ? (
        <>
          {' '}
          ·{' '}
          <a href={source.url} rel="nofollow noopener">
            {tr.t('sources.original')}
          </a>
        </>
      ) : null}
    </p>
  );
}

export function SourcesSection({ sources }: { sources: PublicSource[] }) {
  const { tr, links } = usePage();
  return (
    <section aria-labelledby="sources-h">
      <h2 id="sources-h">{tr.t('sources.heading')}</h2>
      {sources.map((source) => (
        <article class="source" key={source.id} id={`source-${source.id}`}>
          <h3>
            <a href={links.to(sitePaths.source(tr.locale, source.id))}>{source.label}</a>
          </h3>
          <SourceMeta source={source} />
          <SourceText text={source.text} lang={source.language} />
        </article>
      ))}
    </section>
  );
}
