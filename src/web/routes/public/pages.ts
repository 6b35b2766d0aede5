// Public pages in four languages: /fr/, /en/, /ru/, /kk/, each with its incidents, sources and
// updates; `/` sends a reader to their language. Pages are rendered by web/public-pages.ts (the
// same code the static mirror uses) and kept in memory until the record changes.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pickLocale } from '../../../i18n/negotiate.js';
import { isLocale, type Locale, translator } from '../../../i18n/translator.js';
import { buildFeeds } from '../../../publish/feeds.js';
import { listPublicIncidents } from '../../../services/public-record.js';
import { getPublicUpdate, listAllPublicUpdates } from '../../../services/public-updates.js';
import type { Db } from '../../../store/database.js';
import { sendCompressible } from '../../compressed-reply.js';
import { sendError } from '../../errors.js';
import { serverLinks, sitePaths } from '../../links.js';
import { type CachedPage, PageCache } from '../../page-cache.js';
import {
  loadHome,
  loadIncident,
  loadSource,
  type PageSetting,
  renderHomePage,
  renderIncidentPage,
  renderSolidarityPage,
  renderSourcePage,
  renderUpdatePage,
} from '../../public-pages.js';
import { slugParams, sourceParams } from '../params.js';

const HTML = 'text/html; charset=utf-8';
const updateParams = z.object({ slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/) });
const feedFile = z.object({ file: z.string().regex(/^([a-z0-9][a-z0-9-]{0,79})\.(atom|json)$/) });
const FEED_TYPES = { atom: 'application/atom+xml; charset=utf-8', json: 'application/feed+json; charset=utf-8' };

/** The site's own address as the reader reached it: full links in feeds and share links. */
function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

export const publicPageRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  const cache = new PageCache(db);

  /** Serves a cached page for this address, or makes it; a null from `make` is a 404. */
  async function cached(
    request: FastifyRequest,
    reply: FastifyReply,
    make: () => Promise<CachedPage | null>,
    notFound: string,
  ) {
    const page = await cache.get(`${originOf(request)}${request.url}`, async () => {
      const made = await make();
      return made ?? { status: 404, type: HTML, body: '' };
    });
    if (page.status === 404) return sendError(request, reply, 404, 'not_found', notFound);
    return sendCompressible(request, reply.code(page.status).type(page.type), page);
  }

  const localeOf = (request: FastifyRequest): Locale | null => {
    const { lang } = request.params as { lang: string };
    return isLocale(lang) ? lang : null;
  };

  app.get('/', async (request, reply) => {
    reply.header('vary', 'Accept-Language');
    return reply.redirect(`/${pickLocale(request.headers['accept-language'])}/`, 302);
  });

  // Addresses from before the site spoke four languages stay good.
  app.get('/incidents/:slug', async (request, reply) => {
    const { slug } = request.params as { slug: string };
    return reply.redirect(`/en/incidents/${encodeURIComponent(slug)}`, 301);
  });
  app.get('/sources/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    return reply.redirect(`/en/sources/${encodeURIComponent(id)}`, 301);
  });

  app.get('/:lang', async (request, reply) => {
    const locale = localeOf(request);
    if (!locale) return sendError(request, reply, 404, 'not_found', translator('en').t('error.noPage'));
    return reply.redirect(`/${locale}/`, 301);
  });

  app.get('/:lang/', async (request, reply) => {
    const locale = localeOf(request);
    if (!locale) return sendError(request, reply, 404, 'not_found', translator('en').t('error.noPage'));
    const links = serverLinks(originOf(request));
    return cached(
      request,
      reply,
      async () => ({
        status: 200,
        type: HTML,
        body: renderHomePage({ locale, links, inLocale: sitePaths.home }, await loadHome(db)),
      }),
      '',
    );
  });

  /**
   * A page of one record in the reader's language: the address checked, the record loaded and
   * rendered once per record version, a 404 in the reader's language when there is none.
   */
  function recordPage<D>(page: {
    id: (params: unknown) => string | null;
    notFound: string;
    load: (id: string) => Promise<D | null>;
    pathOf: (locale: Locale, id: string) => string;
    render: (setting: PageSetting, data: D) => string;
  }) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const locale = localeOf(request);
      const id = page.id(request.params);
      const notFound = translator(locale ?? 'en').t(page.notFound);
      if (!locale || id === null) return sendError(request, reply, 404, 'not_found', notFound);
      const links = serverLinks(originOf(request));
      return cached(
        request,
        reply,
        async () => {
          const data = await page.load(id);
          if (!data) return null;
          const inLocale = (l: Locale) => page.pathOf(l, id);
          return { status: 200, type: HTML, body: page.render({ locale, links, inLocale, live: true }, data) };
        },
        notFound,
      );
    };
  }
  const slugOf = (params: unknown) => slugParams.safeParse(params).data?.slug ?? null;
  const incident = { id: slugOf, notFound: 'error.noIncident', load: (slug: string) => loadIncident(db, slug) };

  app.get(
    '/:lang/incidents/:slug',
    recordPage({ ...incident, pathOf: sitePaths.incident, render: renderIncidentPage }),
  );
  // The solidarity page reads the same record as the incident page and differs in the view.
  app.get(
    '/:lang/incidents/:slug/solidarity',
    recordPage({ ...incident, pathOf: sitePaths.solidarity, render: renderSolidarityPage }),
  );
  app.get(
    '/:lang/sources/:id',
    recordPage({
      id: (params) => sourceParams.safeParse(params).data?.id ?? null,
      notFound: 'error.noSource',
      load: (id) => loadSource(db, id),
      pathOf: sitePaths.source,
      render: renderSourcePage,
    }),
  );
  app.get(
    '/:lang/updates/:slug',
    recordPage({
      id: (params) => updateParams.safeParse(params).data?.slug ?? null,
      notFound: 'error.noUpdate',
      load: (slug) => getPublicUpdate(db, slug),
      pathOf: sitePaths.update,
      render: renderUpdatePage,
    }),
  );

  app.get('/feeds/updates.:format', async (request, reply) => {
    const { format } = request.params as { format: string };
    if (format !== 'atom' && format !== 'json') return sendError(request, reply, 404, 'not_found', 'No such feed.');
    const links = serverLinks(originOf(request));
    return cached(
      request,
      reply,
      async () => {
        const feeds = buildFeeds({ incident: null, updates: await listAllPublicUpdates(db, { limit: 50 }), links });
        return { status: 200, type: FEED_TYPES[format], body: feeds[format] };
      },
      'No such feed.',
    );
  });

  app.get('/feeds/incidents/:file', async (request, reply) => {
    const params = feedFile.safeParse(request.params);
    if (!params.success) return sendError(request, reply, 404, 'not_found', 'No such feed.');
    const [, slug = '', format = 'atom'] = /^(.*)\.(atom|json)$/.exec(params.data.file) ?? [];
    const links = serverLinks(originOf(request));
    return cached(
      request,
      reply,
      async () => {
        const incident = (await listPublicIncidents(db)).find((i) => i.slug === slug);
        const data = incident ? await loadIncident(db, slug) : null;
        if (!incident || !data) return null;
        const updates = await listAllPublicUpdates(db, { incidentId: incident.id, limit: 50 });
        const solidarity = { actions: data.incident.solidarity, messages: data.incident.messages };
        const feeds = buildFeeds({ incident: { slug, title: incident.title }, updates, links, solidarity });
        return { status: 200, type: FEED_TYPES[format as 'atom' | 'json'], body: feeds[format as 'atom' | 'json'] };
      },
      'No such feed.',
    );
  });
};
