// What a reader sees when a page is not there or the server failed: no internals, a way back.
import { sitePaths } from '../links.js';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';

export function ErrorPage({ status, message }: { status: number; message: string }) {
  const { tr, links } = usePage();
  return (
    <Layout title={tr.t(status === 404 ? 'error.notFoundTitle' : 'error.errorTitle')}>
      <h1>{tr.t(status === 404 ? 'error.notFound' : 'error.failed')}</h1>
      <p>{message}</p>
      <p>
        <a href={links.to(sitePaths.home(tr.locale))}>{tr.t('error.back')}</a>
      </p>
    </Layout>
  );
}
