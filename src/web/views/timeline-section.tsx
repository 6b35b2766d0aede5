// The timeline in the incident's own local time; approximate times say so.
import { formatReportedTime } from '../../present/format.js';
import type { PublicEvent, PublicPlace } from '../../present/public-incident.js';

export function TimelineSection({
  events,
  places,
  timezone,
}: {
  events: PublicEvent[];
  places: Map<string, PublicPlace>;
  timezone: string;
}) {
  return (
    <section aria-labelledby="timeline-h">
      <h2 id="timeline-h">Timeline</h2>
      <p class="meta">Times are local ({timezone}). “About” marks a time the reports give roughly.</p>
      {events.length === 0 ? (
        <p>No event on the timeline yet.</p>
      ) : (
        <ol class="timeline">
          {events.map((event) => {
            const place = event.place ? places.get(event.place) : undefined;
            return (
              <li key={event.id} id={`event-${event.id}`}>
                <time dateTime={event.at.instant} class={event.at.approx || event.at.by ? 'approx' : undefined}>
                  {formatReportedTime(event.at)}
                </time>
                <h3>{event.title}</h3>
                {place ? <p class="place">{place.names.en ?? place.key}</p> : null}
                {event.description ? <p>{event.description}</p> : null}
                {event.sources.length > 0 ? (
                  <p class="meta">
                    Sources:{' '}
                    {event.sources.map((source, i) => (
                      <>
                        {i > 0 ? ', ' : ''}
                        <a href={`/sources/${source.id}`}>{source.label}</a>
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
