// Writes the whole public site as static files: pages in four languages, the stylesheet, feeds,
// sitemap.xml and manifest.json (every file with its SHA-256, so a mirror can be checked). Pages
// come from the same loaders and views as the server's; links are relative, so the mirror reads
// from disk and from any static host under any path prefix. Publishing into a previous mirror
// writes only the files whose content changed and removes those that are gone.
import { createHash } from 'node:crypto';
import { mkdirSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCALES, type Locale } from '../i18n/translator.js';
import type { PublicUpdate } from '../present/public-update.js';
import { listPublicIncidents } from '../services/public-record.js';
import { listAllPublicUpdates } from '../services/public-updates.js';
import type { Db } from '../store/database.js';
import { mirrorFile, mirrorLinks, sitePaths } from '../web/links.js';
import {
  type IncidentData,
  loadHome,
  loadIncident,
  type PageSetting,
  renderHomePage,
  renderIncidentPage,
  renderSolidarityPage,
  renderSourcePage,
  renderUpdatePage,
  sourceData,
} from '../web/public-pages.js';
import { publicStylesheet } from '../web/stylesheet.js';
import { buildFeeds } from './feeds.js';
import { MANIFEST, type ManifestEntry, manifestText, readPreviousMirror } from './mirror-manifest.js';

export interface PublishOptions {
  outDir: string;
  /** The mirror's own address ("https://mirror.example/temoin/"): full links in feeds and sitemap. */
  baseUrl: string | null;
  onProgress?: (done: number, total: number) => void;
}

export interface PublishResult {
  files: ManifestEntry[];
  pages: number;
  /** Files written because they are new or changed since the previous mirror in this folder. */
  written: number;
  /** Files of the previous mirror that no longer belong to the site, removed. */
  removed: number;
}

/** One file to write: its site path and how to make its content when its turn comes. */
interface Job {
  sitePath: string;
  page: boolean;
  make: () => string | Buffer;
}

/** Removes a file that left the site, and the folders it leaves empty up to the mirror's root. */
function removeWithEmptyFolders(outDir: string, path: string): void {
  rmSync(join(outDir, path), { force: true });
  for (let dir = dirname(path); dir !== '.' && dir !== '/'; dir = dirname(dir)) {
    try {
      rmdirSync(join(outDir, dir));
    } catch {
      return; // not empty, or already gone
    }
  }
}

/** True when the file on disk is the one the previous manifest lists with this content. */
function unchanged(previous: ManifestEntry | undefined, entry: ManifestEntry, file: string): boolean {
  if (!previous || previous.sha256 !== entry.sha256) return false;
  try {
    return statSync(file).size === entry.bytes;
  } catch {
    return false;
  }
}

export async function publishSite(db: Db, options: PublishOptions): Promise<PublishResult> {
  const { outDir, baseUrl } = options;
  const previous = readPreviousMirror(outDir);
  mkdirSync(outDir, { recursive: true });

  // Read everything first, through the public services, then render and write.
  const home = await loadHome(db);
  const incidents: IncidentData[] = [];
  for (const summary of await listPublicIncidents(db)) {
    const data = await loadIncident(db, summary.slug);
    if (data) incidents.push(data);
  }
  const updates = await listAllPublicUpdates(db);

  const setting = (locale: Locale, sitePath: string, inLocale: (l: Locale) => string): PageSetting => ({
    locale,
    links: mirrorLinks(sitePath, baseUrl),
    inLocale,
  });

  const jobs: Job[] = [];
  const page = (
    locale: Locale,
    sitePath: string,
    inLocale: (l: Locale) => string,
    render: (s: PageSetting) => string,
  ) => jobs.push({ sitePath, page: true, make: () => render(setting(locale, sitePath, inLocale)) });

  // The mirror's front door is the English home page; every language is one link away.
  page('en', '', sitePaths.home, (s) => renderHomePage(s, home));
  for (const locale of LOCALES) {
    page(locale, sitePaths.home(locale), sitePaths.home, (s) => renderHomePage(s, home));
    for (const data of incidents) {
      const { slug } = data.incident;
      page(
        locale,
        sitePaths.incident(locale, slug),
        (l) => sitePaths.incident(l, slug),
        (s) => renderIncidentPage(s, data),
      );
      page(
        locale,
        sitePaths.solidarity(locale, slug),
        (l) => sitePaths.solidarity(l, slug),
        (s) => renderSolidarityPage(s, data),
      );
      for (const source of data.incident.sources) {
        const found = sourceData(data.incident, source.id);
        if (!found) continue;
        page(
          locale,
          sitePaths.source(locale, source.id),
          (l) => sitePaths.source(l, source.id),
          (s) => renderSourcePage(s, found),
        );
      }
    }
    for (const update of updates) {
      page(
        locale,
        sitePaths.update(locale, update.slug),
        (l) => sitePaths.update(l, update.slug),
        (s) => renderUpdatePage(s, update),
      );
    }
  }

  jobs.push({ sitePath: sitePaths.stylesheet(), page: false, make: () => publicStylesheet() });
  const feedJobs = (
    incident: { slug: string; title: string } | null,
    list: readonly PublicUpdate[],
    solidarity?: Parameters<typeof buildFeeds>[0]['solidarity'],
  ) => {
    for (const format of ['atom', 'json'] as const) {
      const sitePath = incident ? sitePaths.incidentFeed(incident.slug, format) : sitePaths.siteFeed(format);
      jobs.push({
        sitePath,
        page: false,
        make: () => buildFeeds({ incident, updates: list, links: mirrorLinks(sitePath, baseUrl), solidarity })[format],
      });
    }
  };
  feedJobs(null, updates);
  for (const { incident } of incidents) {
    feedJobs(
      { slug: incident.slug, title: incident.title },
      updates.filter((u) => u.incident?.slug === incident.slug),
      { actions: incident.solidarity, messages: incident.messages },
    );
  }
  const pagePaths = jobs.filter((j) => j.page).map((j) => j.sitePath);
  jobs.push({ sitePath: sitePaths.sitemap(), page: false, make: () => sitemap(pagePaths, baseUrl) });

  const files: ManifestEntry[] = [];
  const madeDirs = new Set<string>();
  const total = jobs.length + 1;
  let written = 0;
  jobs.forEach((job, index) => {
    const path = mirrorFile(job.sitePath);
    const content = job.make();
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const entry = { path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    files.push(entry);
    if (index % 50 === 0) options.onProgress?.(index + 1, total);
    const file = join(outDir, path);
    if (unchanged(previous.get(path), entry, file)) return;
    const dir = dirname(file);
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    writeFileSync(file, bytes);
    written += 1;
  });
  const current = new Set(files.map((f) => f.path));
  const gone = [...previous.keys()].filter((path) => !current.has(path));
  for (const path of gone) removeWithEmptyFolders(outDir, path);
  files.sort((a, b) => a.path.localeCompare(b.path));
  writeFileSync(join(outDir, MANIFEST), manifestText(baseUrl, files));
  options.onProgress?.(total, total);
  return { files, pages: pagePaths.length, written, removed: gone.length };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** sitemap.xml of every page; full addresses when the mirror's address is known. */
function sitemap(pagePaths: readonly string[], baseUrl: string | null): string {
  const root = mirrorLinks('', baseUrl);
  const urls = pagePaths
    .filter((p) => p !== '')
    .map((p) => `<url><loc>${escapeXml(root.absolute(p) ?? root.to(p))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
