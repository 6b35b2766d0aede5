// Every public page, once: what each page reads (through the public services only) and how it is
// rendered. The server's routes and the static mirror both come here, so the two cannot drift.
import { h, type VNode } from 'preact';
import { type Locale, translator } from '../i18n/translator.js';
import {
  type PublicClaim,
  type PublicIncident,
  type PublicIncidentSummary,
  type PublicSource,
  presentIncident,
  presentIncidentSummary,
} from '../present/public-incident.js';
import type { PublicUpdate, PublicUpdateRef } from '../present/public-update.js';
import { getPublicIncident, getPublicSource, listPublicIncidents } from '../services/public-record.js';
import { listLatestUpdates } from '../services/public-updates.js';
import type { Db } from '../store/database.js';
import type { Links } from './links.js';
import { renderDocument } from './render.js';
import { ErrorPage } from './views/error-page.js';
import { HomePage } from './views/home-page.js';
import { IncidentPage } from './views/incident-page.js';
import { Page } from './views/page-context.js';
import { SolidarityPage } from './views/solidarity-section.js';
import { SourcePage } from './views/source-page.js';
import { ActionFormPage, type FormIncident, MessageFormPage, SubmissionResultPage } from './views/submission-pages.js';
import { UpdatePage } from './views/update-page.js';

/** How many updates the home page and an incident page list. */
export const LATEST_UPDATES = 10;

export interface PageSetting {
  locale: Locale;
  links: Links;
  /** The site path of the same page in another language. */
  inLocale: (locale: Locale) => string;
  /** Served by the live server, where readers' forms work; the mirror leaves them out. */
  live?: boolean;
}

// biome-ignore lint/suspicious/noExplicitAny: any page view, whatever its props
function render(setting: PageSetting, view: VNode<any>): string {
  const value = {
    tr: translator(setting.locale),
    links: setting.links,
    inLocale: setting.inLocale,
    live: setting.live ?? false,
  };
  return renderDocument(h(Page.Provider, { value }, view));
}

export interface HomeData {
  incidents: PublicIncidentSummary[];
  updates: PublicUpdateRef[];
}

export async function loadHome(db: Db): Promise<HomeData> {
  const [incidents, updates] = await Promise.all([
    listPublicIncidents(db),
    listLatestUpdates(db, { limit: LATEST_UPDATES }),
  ]);
  return { incidents: incidents.map(presentIncidentSummary), updates };
}

export interface IncidentData {
  incident: PublicIncident;
  updates: PublicUpdateRef[];
}

export async function loadIncident(db: Db, slug: string): Promise<IncidentData | null> {
  const record = await getPublicIncident(db, slug);
  if (!record) return null;
  const updates = await listLatestUpdates(db, { incidentId: record.incident.id, limit: LATEST_UPDATES });
  return { incident: presentIncident(record), updates };
}

export interface SourceData {
  source: PublicSource;
  incident: PublicIncident;
  claims: PublicClaim[];
}

/** A source page's data from its incident's public shape: the figures taken from the source. */
export function sourceData(incident: PublicIncident, sourceId: string): SourceData | null {
  const source = incident.sources.find((s) => s.id === sourceId);
  if (!source) return null;
  const claims = incident.tallies
    .flatMap((t) => t.parties.flatMap((p) => p.claims))
    .filter((c) => c.source.id === source.id);
  return { source, incident, claims };
}

export async function loadSource(db: Db, id: string): Promise<SourceData | null> {
  const found = await getPublicSource(db, id);
  const record = found ? await getPublicIncident(db, found.incident.slug) : null;
  return record ? sourceData(presentIncident(record), id) : null;
}

export const renderHomePage = (setting: PageSetting, data: HomeData) => render(setting, h(HomePage, data));
export const renderIncidentPage = (setting: PageSetting, data: IncidentData) => render(setting, h(IncidentPage, data));
export const renderSolidarityPage = (setting: PageSetting, data: IncidentData) =>
  render(setting, h(SolidarityPage, { incident: data.incident }));
export const renderSourcePage = (setting: PageSetting, data: SourceData) => render(setting, h(SourcePage, data));
export const renderUpdatePage = (setting: PageSetting, update: PublicUpdate) =>
  render(setting, h(UpdatePage, { update }));
export const renderErrorPage = (setting: PageSetting, status: number, message: string) =>
  render(setting, h(ErrorPage, { status, message }));
export const renderActionFormPage = (
  setting: PageSetting,
  data: { incident: FormIncident; csrfToken: string; today: string },
) => render(setting, h(ActionFormPage, data));
export const renderMessageFormPage = (setting: PageSetting, data: { incident: FormIncident; csrfToken: string }) =>
  render(setting, h(MessageFormPage, data));
export const renderSubmissionResultPage = (
  setting: PageSetting,
  data: { incident: FormIncident; kind: 'action' | 'message'; refusal: string | null; formPath: string },
) => render(setting, h(SubmissionResultPage, data));
