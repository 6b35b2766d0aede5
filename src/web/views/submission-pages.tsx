// Readers' forms to report a solidarity action or send a message, and the page that answers a
// submission: thanks, or the reason it was refused. Served uncached (each carries its own CSRF
// token) and without script: plain HTML forms.
import { isCountryCode } from '../../domain/solidarity.js';
import { countryName } from '../../present/format.js';
import { sitePaths } from '../links.js';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';

export interface FormIncident {
  slug: string;
  title: string;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const COUNTRY_CODES = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b)).filter(isCountryCode);

function CountrySelect({ name, required, selected }: { name: string; required: boolean; selected?: string }) {
  const { tr } = usePage();
  const options = COUNTRY_CODES.map((code) => ({ code, name: countryName(code, tr) })).sort((a, b) =>
    a.name.localeCompare(b.name, tr.intlLocale),
  );
  return (
    <select name={name} id={name} required={required}>
      <option value="">{tr.t('submit.chooseCountry')}</option>
      {options.map((o) => (
        <option key={o.code} value={o.code} selected={o.code === selected}>
          {o.name}
        </option>
      ))}
    </select>
  );
}

/** A field robots fill and people never see: off screen, out of the tab order, unnamed for readers. */
function Honeypot() {
  const { tr } = usePage();
  return (
    <div class="hp" aria-hidden="true">
      <label>
        {tr.t('submit.honeypot')}
        <input name="website" tabIndex={-1} autoComplete="off" />
      </label>
    </div>
  );
}

export function ActionFormPage({
  incident,
  csrfToken,
  today,
}: {
  incident: FormIncident;
  csrfToken: string;
  today: string;
}) {
  const { tr, links } = usePage();
  return (
    <Layout title={tr.t('submit.actionTitle')}>
      <p class="crumbs">
        <a href={links.to(sitePaths.incident(tr.locale, incident.slug))}>{incident.title}</a>
      </p>
      <h1>{tr.t('submit.actionTitle')}</h1>
      <p>{tr.t('submit.actionIntro', { incident: incident.title })}</p>
      <form
        method="post"
        action={links.to(`${sitePaths.incident(tr.locale, incident.slug)}/solidarity`)}
        class="submission"
      >
        <input type="hidden" name="_csrf" value={csrfToken} />
        <label>
          {tr.t('submit.date')}
          <input type="date" name="date" required max={today} />
        </label>
        <label for="country">
          {tr.t('submit.country')}
          <CountrySelect name="country" required={true} />
        </label>
        <label>
          {tr.t('submit.city')}
          <input name="city" maxLength={300} />
        </label>
        <label>
          {tr.t('submit.organisation')}
          <input name="organisation" maxLength={300} />
        </label>
        <label>
          {tr.t('submit.what')}
          <input name="what" required maxLength={300} />
        </label>
        <label>
          {tr.t('submit.link')}
          <input type="url" name="link" maxLength={300} placeholder="https://" />
        </label>
        <Honeypot />
        <button type="submit">{tr.t('submit.send')}</button>
      </form>
    </Layout>
  );
}

export function MessageFormPage({ incident, csrfToken }: { incident: FormIncident; csrfToken: string }) {
  const { tr, links } = usePage();
  return (
    <Layout title={tr.t('submit.messageTitle')}>
      <p class="crumbs">
        <a href={links.to(sitePaths.incident(tr.locale, incident.slug))}>{incident.title}</a>
      </p>
      <h1>{tr.t('submit.messageTitle')}</h1>
      <p>{tr.t('submit.messageIntro', { incident: incident.title })}</p>
      <form
        method="post"
        action={links.to(`${sitePaths.incident(tr.locale, incident.slug)}/messages`)}
        class="submission"
      >
        <input type="hidden" name="_csrf" value={csrfToken} />
        <label>
          {tr.t('submit.author')}
          <input name="author" required maxLength={300} />
        </label>
        <label for="country">
          {tr.t('submit.messageCountry')}
          <CountrySelect name="country" required={false} />
        </label>
        <label>
          {tr.t('submit.text')}
          <textarea name="text" required rows={8} maxLength={2000} />
        </label>
        <Honeypot />
        <button type="submit">{tr.t('submit.send')}</button>
      </form>
    </Layout>
  );
}

export function SubmissionResultPage({
  incident,
  kind,
  refusal,
  formPath,
}: {
  incident: FormIncident;
  kind: 'action' | 'message';
  /** The reason, already in the reader's language; null when the submission was taken. */
  refusal: string | null;
  formPath: string;
}) {
  const { tr, links } = usePage();
  const title = refusal ? tr.t('submit.refusedTitle') : tr.t('submit.thanksTitle');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      {refusal ? (
        <div class="refused" role="alert">
          <p>{refusal}</p>
          <p>
            <a href={links.to(formPath)}>{tr.t('submit.again')}</a>
          </p>
        </div>
      ) : (
        <p role="status">{tr.t(kind === 'action' ? 'submit.thanksAction' : 'submit.thanksMessage')}</p>
      )}
      <p>
        <a href={links.to(sitePaths.incident(tr.locale, incident.slug))}>{tr.t('submit.back')}</a>
      </p>
    </Layout>
  );
}
