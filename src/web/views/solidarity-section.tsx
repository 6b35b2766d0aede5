// Solidarity with the people of an incident. Its own page holds the actions on a map and by date,
// the counts by country, every message, and (on the live site) the forms' links; the incident page
// carries a short summary, so that it stays light.
import { countryName, formatDay } from '../../present/format.js';
import type { PublicIncident, PublicMessage, PublicSolidarityAction } from '../../present/public-incident.js';
import { countsByCountry, drawSolidarityMap } from '../../present/world-map.js';
import { sitePaths } from '../links.js';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';

function SolidarityMap({ actions }: { actions: PublicSolidarityAction[] }) {
  const { tr } = usePage();
  const drawing = drawSolidarityMap(
    actions,
    (m) => `${m.city ?? countryName(m.country, tr)}${m.count > 1 ? ` (${m.count})` : ''}`,
  );
  if (!drawing) return null;
  return (
    <figure class="map world-map">
      <svg
        viewBox={`0 0 ${drawing.width} ${drawing.height}`}
        role="img"
        aria-labelledby="solidarity-map-title solidarity-map-desc"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id="solidarity-map-title">{tr.t('solidarity.mapTitle')}</title>
        <desc id="solidarity-map-desc">{tr.t('solidarity.mapDesc', { count: drawing.markers.length })}</desc>
        <rect class="water" width={drawing.width} height={drawing.height} />
        <path class="land" d={drawing.land} />
        <path class="shaded" d={drawing.shaded} />
        {drawing.markers.map((marker) => (
          <g key={`${marker.country}-${marker.city ?? ''}`} class={marker.city ? 'marker' : 'marker country'}>
            <circle cx={marker.x} cy={marker.y} r={marker.city ? 5 : 4} />
            <text
              x={marker.label.x}
              y={marker.label.y}
              text-anchor={marker.label.anchor === 'start' ? undefined : marker.label.anchor}
            >
              {marker.label.text}
            </text>
          </g>
        ))}
      </svg>
      {drawing.markers.some((m) => !m.city) ? (
        <figcaption class="meta">{tr.t('solidarity.mapLegend')}</figcaption>
      ) : null}
    </figure>
  );
}

/** The incident's home place in the reader's language, else the incident's title. */
function homeName(incident: PublicIncident, locale: string): string {
  const home = incident.places.find((p) => p.key === incident.place);
  return home ? (home.names[locale] ?? home.names.en ?? home.key) : incident.title;
}

function Messages({ messages }: { messages: PublicMessage[] }) {
  const { tr } = usePage();
  return (
    <ul class="messages">
      {messages.map((message) => (
        <li key={message.id} id={`message-${message.id}`}>
          <blockquote>
            {message.text.split('\n').map((line, i) => (
              <p key={String(i)}>{line}</p>
            ))}
          </blockquote>
          <p class="meta">
            — {message.author}
            {message.country ? `, ${countryName(message.country, tr)}` : ''},{' '}
            <time dateTime={message.date}>{formatDay(message.date, tr)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}

function FormLink({ to, label }: { to: string; label: string }) {
  const { links, live } = usePage();
  return live ? (
    <p class="submit-link">
      <a href={links.to(to)}>{label}</a>
    </p>
  ) : null;
}

/** How many of the newest messages the incident page shows; the solidarity page has them all. */
export const MESSAGES_ON_INCIDENT_PAGE = 3;

/** On the incident page: where actions took place, the newest messages, and the way to all of it. */
export function SolidaritySummary({ incident }: { incident: PublicIncident }) {
  const { tr, links } = usePage();
  const counts = countsByCountry(incident.solidarity);
  const newest = incident.messages.slice(-MESSAGES_ON_INCIDENT_PAGE).reverse();
  return (
    <section aria-labelledby="solidarity-h" class="solidarity">
      <h2 id="solidarity-h">{tr.t('solidarity.heading')}</h2>
      {incident.solidarity.length === 0 ? (
        <p>{tr.t('solidarity.none')}</p>
      ) : (
        <p>
          {tr.t('solidarity.summary', { count: incident.solidarity.length })}{' '}
          {counts.map((c) => `${countryName(c.country, tr)}${c.count > 1 ? ` (${c.count})` : ''}`).join(', ')}
        </p>
      )}
      <p>
        <a href={links.to(sitePaths.solidarity(tr.locale, incident.slug))}>{tr.t('solidarity.all')}</a>
      </p>
      {newest.length > 0 ? (
        <>
          <h3 id="messages-h">{tr.t('solidarity.messagesHeading')}</h3>
          <Messages messages={newest} />
        </>
      ) : null}
      <FormLink to={sitePaths.messageForm(tr.locale, incident.slug)} label={tr.t('solidarity.send')} />
    </section>
  );
}

export function SolidarityPage({ incident }: { incident: PublicIncident }) {
  const { tr, links } = usePage();
  const actions = incident.solidarity;
  const counts = countsByCountry(actions);
  const title = `${tr.t('solidarity.heading')}: ${incident.title}`;
  return (
    <Layout title={title}>
      <p class="crumbs">
        <a href={links.to(sitePaths.incident(tr.locale, incident.slug))} lang={incident.language}>
          {incident.title}
        </a>
      </p>
      <h1>{tr.t('solidarity.heading')}</h1>
      <p>{tr.t('solidarity.intro', { place: homeName(incident, tr.locale) })}</p>
      <section aria-labelledby="actions-h">
        <h2 id="actions-h">{tr.t('solidarity.actionsHeading')}</h2>
        {actions.length === 0 ? (
          <p>{tr.t('solidarity.none')}</p>
        ) : (
          <>
            <SolidarityMap actions={actions} />
            <table class="by-country">
              <caption>{tr.t('solidarity.byCountry')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tr.t('solidarity.country')}</th>
                  <th scope="col">{tr.t('solidarity.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {counts.map(({ country, count }) => (
                  <tr key={country}>
                    <td>{countryName(country, tr)}</td>
                    <td>{count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <ol class="actions">
              {actions.map((action) => (
                <li key={action.id} id={`action-${action.id}`}>
                  <time dateTime={action.date}>{formatDay(action.date, tr)}</time> —{' '}
                  <strong>
                    {action.city ? `${action.city}, ` : ''}
                    {countryName(action.country, tr)}
                  </strong>
                  : {action.what}
                  {action.organisation ? ` (${tr.t('solidarity.by', { organisation: action.organisation })})` : ''}
                  {action.link ? (
                    <>
                      {' '}
                      <a href={action.link} rel="ugc nofollow noopener noreferrer">
                        {tr.t('solidarity.link')}
                      </a>
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
          </>
        )}
        <FormLink to={sitePaths.actionForm(tr.locale, incident.slug)} label={tr.t('solidarity.report')} />
      </section>
      <section aria-labelledby="messages-h">
        <h2 id="messages-h">{tr.t('solidarity.messagesHeading')}</h2>
        {incident.messages.length === 0 ? (
          <p>{tr.t('solidarity.noMessages')}</p>
        ) : (
          <Messages messages={incident.messages} />
        )}
        <FormLink to={sitePaths.messageForm(tr.locale, incident.slug)} label={tr.t('solidarity.send')} />
      </section>
    </Layout>
  );
}
