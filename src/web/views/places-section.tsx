// The places of an incident, named in each script the record holds, with coordinates.
import type { PublicPlace } from '../../present/public-incident.js';

const coordinate = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });

export function PlacesSection({ places }: { places: PublicPlace[] }) {
  return (
    <section aria-labelledby="places-h">
      <h2 id="places-h">Places</h2>
      {places.length === 0 ? (
        <p>No place recorded yet.</p>
      ) : (
        <table class="places">
          <thead>
            <tr>
              <th scope="col">Place</th>
              <th scope="col">Other names</th>
              <th scope="col">Kind</th>
              <th scope="col">Latitude, longitude</th>
            </tr>
          </thead>
          <tbody>
            {places.map((place) => (
              <tr key={place.key}>
                <th scope="row">{place.names.en ?? place.key}</th>
                <td>
                  {Object.entries(place.names)
                    .filter(([lang]) => lang !== 'en')
                    .map(([lang, name], i) => (
                      <>
                        {i > 0 ? ', ' : ''}
                        <span lang={lang}>{name}</span>
                      </>
                    ))}
                </td>
                <td>{place.kind}</td>
                <td>
                  {coordinate.format(place.lat)}, {coordinate.format(place.lon)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
