// The timeline in the incident's own local time; approximate times say so.
import { formatReportedTime } from '../../present/format.js';
import type { PublicEvent, PublicPlace } from '../../present/public-incident.js';
import { sitePaths } from '../links.js';
import { usePage } from './page-context.js';
import { PlaceName } from './places-section.js';

export function TimelineSection({
  events,
  places,
  timezone,
  language,
}: {
  events: PublicEvent[];
  places: Map<string, PublicPlace>;
  timezone: string;
  /** The language the record's own texts are written in. */
  language: string;
}) {
  const { tr, links } = usePage();
  return (
    <section aria-labelledby="timeline-h">
      <h2 id="timeline-h">{tr.t('timeline.heading')}</h2>
      <p class="meta">{tr.t('timeline.note', { zone: timezone })}</p>
      {events.length === 0 ? (
        <p>{tr.t('timeline.empty')}</p>
      ) : (
        <ol class="timeline">
          {events.map((event) => {
            const place = event.place ? places.get(event.place) : undefined;
            return (
              <li key={event.id} id={`event-${event.id}`}>
                <time dateTime={event.at.instant} class={event.at.approx || event.at.by ? 'approx' : undefined}>
                  {formatReportedTime(event.at, tr)}
                </time>
                <h3 lang={language}>{event.title}</h3>
                {place ? (
                  <p class="place">
                    <PlaceName place={place} />
                  </p>
                ) : null}
                {event.description ? <p lang={language}>{event.description}</p> : null}
                {event.sources.length > 0 ? (
                  <p class="meta">
                    {tr.t('timeline.sources')}{' '}
                    {event.sources.map((source, i) => (
                      <>
                        {i > 0 ? ', ' : ''}
                        <a href={links.to(sitePaths.source(tr.locale, source.id))}>{source.label}</a>
                      </>
                    ))}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
