// Detained people: how many are known to be held now, beside the reported arrest figures; named
// people with their latest status and its history; protected people by their descriptor only.
import { formatDay, formatSpan } from '../../present/format.js';
import type { PublicDemand, PublicDetainees, PublicTally } from '../../present/public-incident.js';
import { sitePaths } from '../links.js';
import { usePage } from './page-context.js';

export function DetaineesSection({
  detainees,
  arrested,
}: {
  detainees: PublicDetainees;
  arrested: PublicTally | null;
}) {
  const { tr, links } = usePage();
  const { persons } = detainees;
  const span = arrested?.span ?? null;
  return (
    <section aria-labelledby="detainees-h">
      <h2 id="detainees-h">{tr.t('detainees.heading')}</h2>
      {persons.length === 0 ? (
        <p>{tr.t('detainees.none')}</p>
      ) : (
        <>
          <p class="detainee-tally">
            {span
              ? tr.t('detainees.tally', { reported: formatSpan(span, tr), count: detainees.onRecord })
              : tr.t('detainees.tallyNoFigure', { count: detainees.onRecord })}{' '}
            <strong>{tr.t('detainees.heldNow', { count: detainees.heldNow })}</strong>
          </p>
          <ul class="persons">
            {persons.map((person) => (
              <li key={person.id} id={`person-${person.id}`}>
                <strong>{person.protected ? person.descriptor : person.name}</strong>
                {person.role ? `, ${person.role}` : ''}
                {person.latest ? (
                  <>
                    {' '}
                    —{' '}
                    <span class={`status ${person.latest.status}`}>{tr.t(`personStatus.${person.latest.status}`)}</span>{' '}
                    (<time dateTime={person.latest.date}>{formatDay(person.latest.date, tr)}</time>)
                  </>
                ) : (
                  ` — ${tr.t('detainees.noStatus')}`
                )}
                {person.history.length > 1 || person.history.some((h) => h.note || h.source) ? (
                  <ol class="status-history" aria-label={tr.t('detainees.history')}>
                    {person.history.map((entry, i) => (
                      <li key={String(i)}>
                        <time dateTime={entry.date}>{formatDay(entry.date, tr)}</time>:{' '}
                        {tr.t(`personStatus.${entry.status}`)}
                        {entry.note ? ` — ${entry.note}` : ''}
                        {entry.source ? (
                          <>
                            {' '}
                            (<a href={links.to(sitePaths.source(tr.locale, entry.source.id))}>{entry.source.label}</a>)
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ol>
                ) : null}
              </li>
            ))}
          </ul>
          {persons.some((p) => p.protected) ? <p class="note">{tr.t('detainees.protectedNote')}</p> : null}
        </>
      )}
    </section>
  );
}

export function DemandsSection({ demands }: { demands: PublicDemand[] }) {
  const { tr } = usePage();
  return (
    <section aria-labelledby="demands-h">
      <h2 id="demands-h">{tr.t('demands.heading')}</h2>
      {demands.length === 0 ? (
        <p>{tr.t('demands.none')}</p>
      ) : (
        <ol class="demands">
          {demands.map((demand) => (
            <li key={demand.number} value={demand.number}>
              <span lang={demand.language}>{demand.text}</span>{' '}
              <span class={`demand-status ${demand.status}`}>
                {tr.t(`demandStatus.${demand.status}`)}
                {demand.statusDate && demand.status !== 'open'
                  ? `, ${tr.t('demands.since', { date: formatDay(demand.statusDate, tr) })}`
                  : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
