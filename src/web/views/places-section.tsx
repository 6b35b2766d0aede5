// The places of an incident: a map drawn on the server, and a table naming each place in every
// script the record holds, with coordinates.
import type { PublicPlace } from '../../present/public-incident.js';
import { usePage } from './page-context.js';
import { PlacesMap } from './places-map.js';

/** The language a place is named in for a reader: theirs when the record has it, else English. */
export function placeLanguage(place: PublicPlace, locale: string): string {
  return place.names[locale] ? locale : place.names.en ? 'en' : (Object.keys(place.names)[0] ?? 'en');
}

/** A place's name in the reader's language when the record has it, else in English, marked. */
export function PlaceName({ place }: { place: PublicPlace }) {
  const { tr } = usePage();
  const lang = placeLanguage(place, tr.locale);
  return <span lang={lang}>{place.names[lang] ?? place.key}</span>;
}

const coordinates = new Map<string, Intl.NumberFormat>();

export function PlacesSection({ places }: { places: PublicPlace[] }) {
  const { tr } = usePage();
  let coordinate = coordinates.get(tr.intlLocale);
  if (!coordinate) {
    coordinate = new Intl.NumberFormat(tr.intlLocale, { maximumFractionDigits: 4 });
    coordinates.set(tr.intlLocale, coordinate);
  }
  return (
    <section aria-labelledby="places-h">
      <h2 id="places-h">{tr.t('places.heading')}</h2>
      {places.length === 0 ? (
        <p>{tr.t('places.empty')}</p>
      ) : (
        <>
          <PlacesMap places={places} />
          <table class="places">
            <thead>
              <tr>
                <th scope="col">{tr.t('places.place')}</th>
                <th scope="col">{tr.t('places.otherNames')}</th>
                <th scope="col">{tr.t('places.kind')}</th>
                <th scope="col">{tr.t('places.coordinates')}</th>
              </tr>
            </thead>
            <tbody>
              {places.map((place) => (
                <tr key={place.key}>
                  <th scope="row">
                    <PlaceName place={place} />
                  </th>
                  <td>
                    {Object.entries(place.names)
                      .filter(([lang, name]) => {
                        const primary = placeLanguage(place, tr.locale);
                        return lang !== primary && name !== place.names[primary];
                      })
                      .map(([lang, name], i) => (
                        <>
                          {i > 0 ? ', ' : ''}
                          <span lang={lang}>{name}</span>
                        </>
                      ))}
                  </td>
                  <td>{tr.t(`placeKind.${place.kind}`, { defaultValue: place.kind })}</td>
                  <td>
                    {coordinate.format(place.lat)}, {coordinate.format(place.lon)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
