// The public sources of an incident, each with its verbatim text.
import { formatLocalDateTime, SOURCE_KIND_LABELS } from '../../present/format.js';
import type { PublicSource } from '../../present/public-incident.js';
import { SourceText } from './source-text.js';

export function SourceMeta({ source }: { source: PublicSource }) {
  return (
    <p class="meta">
      {SOURCE_KIND_LABELS[source.kind]} · language {source.language} · received{' '}
      <time dateTime={source.receivedAt.instant}>{formatLocalDateTime(source.receivedAt)}</time>
      {source.url ? (
        <>
          {' '}
          ·{' '}
          <a href={source.url} rel="nofollow noopener">
            original
          </a>
        </>
      ) : null}
    </p>
  );
}

export function SourcesSection({ sources }: { sources: PublicSource[] }) {
  return (
    <section aria-labelledby="sources-h">
      <h2 id="sources-h">Sources, verbatim</h2>
      {sources.map((source) => (
        <article class="source" key={source.id} id={`source-${source.id}`}>
          <h3>
            <a href={`/sources/${source.id}`}>{source.label}</a>
          </h3>
          <SourceMeta source={source} />
          <SourceText text={source.text} lang={source.language} />
        </article>
      ))}
    </section>
  );
}
