// An incident is one event under documentation: a place, a start, and the zone its times are told in.
import type { ReportedTime } from './claim.js';
import type { Visibility } from './source.js';

export interface Incident {
  id: string;
  slug: string;
  title: string;
  summary: string;
  language: string;
  timezone: string;
  startedAt: string;
  placeId: string | null;
  visibility: Visibility;
}

/** A timeline entry. `at` is told with the precision the reports give ("en soirée" is part-of-day). */
export interface TimelineEvent {
  id: string;
  incidentId: string;
  at: ReportedTime;
  placeId: string | null;
  title: string;
  description: string;
  sourceIds: string[];
  visibility: Visibility;
}

/** A place named in several languages and scripts ("Janaözen", "Жаңаөзен", "Жанаозен"). */
export interface Place {
  id: string;
  incidentId: string;
  key: string;
  names: Record<string, string>;
  kind: string;
  lat: number;
  lon: number;
}

/** The name of a place in the wanted language, else English, else any. */
export function placeName(place: Place, language: string): string {
  return place.names[language] ?? place.names.en ?? Object.values(place.names)[0] ?? place.key;
}
