// What a reader sees when a page is not there or the server failed: no internals, a way back.
import { Layout } from './layout.js';

export function ErrorPage({ status, message }: { status: number; message: string }) {
  return (
    <Layout title={status === 404 ? 'Not found' : 'Error'}>
      <h1>{status === 404 ? 'Page not found' : 'Something went wrong'}</h1>
      <p>{message}</p>
      <p>
        <a href="/">Back to the incidents on record</a>
      </p>
    </Layout>
  );
}
