// The tables as Kysely sees them: a wrong column name is a compile error. Booleans are stored as
// 0/1 integers and times as ISO 8601 UTC text, so both engines hold the same values.
import type { Generated } from 'kysely';

export interface IncidentsTable {
  id: string;
  slug: string;
  title: string;
  summary: string;
  language: string;
  timezone: string;
  started_at: string;
  place_id: string | null;
  visibility: string;
  created_at: string;
  version: Generated<number>;
}

export interface PlacesTable {
  id: string;
  incident_id: string;
  key: string;
  names_json: string;
  kind: string;
  lat: number;
  lon: number;
  version: Generated<number>;
}

export interface SourcesTable {
  id: string;
  incident_id: string;
  kind: string;
  label: string;
  language: string;
  received_at: string;
  url: string | null;
  text: string;
  sha256: string;
  visibility: string;
  witness_name: string | null;
  witness_contact: string | null;
  created_at: string;
  version: Generated<number>;
  supersedes_id: string | null;
  intake: Generated<string>;
}

export interface ClaimsTable {
  id: string;
  incident_id: string;
  source_id: string;
  metric: string;
  min: number;
  max: number | null;
  approx: number;
  hedged: number;
  attribution: string | null;
  subject: string | null;
  as_of: string | null;
  as_of_precision: string | null;
  as_of_approx: number;
  as_of_by: number;
  place_id: string | null;
  quote: string;
  quote_start: number;
  quote_end: number;
  status: string;
  created_at: string;
  version: Generated<number>;
}

export interface EventsTable {
  id: string;
  incident_id: string;
  at: string;
  at_precision: string;
  at_approx: number;
  at_by: number;
  place_id: string | null;
  title: string;
  description: string;
  visibility: string;
  created_at: string;
  version: Generated<number>;
}

export interface EventSourcesTable {
  event_id: string;
  source_id: string;
  position: Generated<number>;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  disabled: Generated<number>;
  created_at: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface LoginFailuresTable {
  key: string;
  at: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  user_id: string | null;
  user_name: string;
  action: string;
  entity: string;
  entity_id: string;
  incident_id: string | null;
  before_json: string | null;
  after_json: string | null;
}

export interface UpdatesTable {
  id: string;
  slug: string;
  title: string;
  byline: string;
  language: string;
  body: string;
  published_at: string;
  incident_id: string | null;
  translation_group: string | null;
  related_json: string;
  visibility: string;
  created_at: string;
  version: Generated<number>;
}

export interface SolidarityActionsTable {
  id: string;
  incident_id: string;
  date: string;
  country: string;
  city: string | null;
  organisation: string | null;
  what: string;
  link: string | null;
  lat: number | null;
  lon: number | null;
  status: string;
  submitter_hash: string | null;
  content_hash: string;
  created_at: string;
  version: Generated<number>;
}

export interface MessagesTable {
  id: string;
  incident_id: string;
  author: string;
  country: string | null;
  text: string;
  status: string;
  submitter_hash: string | null;
  content_hash: string;
  created_at: string;
  version: Generated<number>;
}

export interface PersonsTable {
  id: string;
  incident_id: string;
  name: string | null;
  protected: number;
  descriptor: string;
  role: string;
  detained_place: string | null;
  detained_at: string | null;
  lawyer: string | null;
  notes: string;
  visibility: string;
  created_at: string;
  version: Generated<number>;
}

export interface PersonStatusHistoryTable {
  id: string;
  person_id: string;
  status: string;
  date: string;
  source_id: string | null;
  note: string;
  created_at: string;
}

export interface DemandsTable {
  id: string;
  incident_id: string;
  number: number;
  text: string;
  language: string;
  status: string;
  status_date: string | null;
  created_at: string;
  version: Generated<number>;
}

export interface StoreSchema {
  incidents: IncidentsTable;
  places: PlacesTable;
  sources: SourcesTable;
  claims: ClaimsTable;
  events: EventsTable;
  event_sources: EventSourcesTable;
  settings: SettingsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  audit_log: AuditLogTable;
  updates: UpdatesTable;
  solidarity_actions: SolidarityActionsTable;
  messages: MessagesTable;
  persons: PersonsTable;
  person_status_history: PersonStatusHistoryTable;
  demands: DemandsTable;
}
