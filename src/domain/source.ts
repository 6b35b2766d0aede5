// A source is a report as received, kept verbatim with its SHA-256. A witness's identity is
// protected: it lives on the record but never in anything public.

export const SOURCE_KINDS = ['witness', 'official', 'press', 'organisation', 'social'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const VISIBILITIES = ['public', 'internal'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export interface WitnessIdentity {
  name: string;
  contact: string;
}

export interface Source {
  id: string;
  incidentId: string;
  kind: SourceKind;
  /** How the source is named in public: "Workers, by phone", never a witness's name. */
  label: string;
  language: string;
  receivedAt: string;
  url: string | null;
  text: string;
  sha256: string;
  visibility: Visibility;
  witness: WitnessIdentity | null;
}
