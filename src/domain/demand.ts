// A campaign's numbered demand and where it stands.

export const DEMAND_STATUSES = ['open', 'met', 'partly-met', 'dropped'] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

export interface Demand {
  id: string;
  incidentId: string;
  number: number;
  text: string;
  language: string;
  status: DemandStatus;
  /** The day the status was last set, "2011-12-16"; null when not known. */
  statusDate: string | null;
}
