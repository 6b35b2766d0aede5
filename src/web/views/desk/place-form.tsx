// The form of a place: names in four scripts and coordinates.
import type { Place } from '../../../domain/incident.js';

export function PlaceForm({
  action,
  csrfToken,
  place,
  version,
}: {
  action: string;
  csrfToken: string;
  place?: Place;
  version?: number;
}) {
  return (
    <form method="post" action={action} class="stack narrow">
      <input type="hidden" name="_csrf" value={csrfToken} />
      {version ? <input type="hidden" name="version" value={version} /> : null}
      {place ? null : (
        <label>
          Key (lowercase, dashes) <input name="key" required pattern="[a-z0-9][a-z0-9-]*" />
        </label>
      )}
      <label>
        Name in English <input name="nameEn" value={place?.names.en ?? ''} required />
      </label>
      <label>
        Name in French <input name="nameFr" lang="fr" value={place?.names.fr ?? ''} />
      </label>
      <label>
        Name in Russian <input name="nameRu" lang="ru" value={place?.names.ru ?? ''} />
      </label>
      <label>
        Name in Kazakh <input name="nameKk" lang="kk" value={place?.names.kk ?? ''} />
      </label>
      <label>
        Kind (town, oilfield, square…) <input name="kind" value={place?.kind ?? ''} required />
      </label>
      <label>
        Latitude <input name="lat" inputMode="decimal" value={place?.lat ?? ''} required />
      </label>
      <label>
        Longitude <input name="lon" inputMode="decimal" value={place?.lon ?? ''} required />
      </label>
      <button type="submit">{place ? 'Save place' : 'Add place'}</button>
    </form>
  );
}
