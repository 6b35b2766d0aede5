import { expect, it } from 'vitest';
import { openTestStore } from '../../test/engines.js';
import { readConfig } from '../config.js';
import { buildApp } from './app.js';

async function clientAddressSeen(trustProxyHops: number, forwardedFor: string): Promise<string> {
  const { store, dispose } = await openTestStore('sqlite');
  try {
    const app = await buildApp({ db: store.db, trustProxyHops });
    app.get('/test-address', async (request) => request.ip);
    const response = await app.inject({
      url: '/test-address',
      remoteAddress: '10.0.0.2',
      headers: { 'x-forwarded-for': forwardedFor },
    });
    await app.close();
    return response.body;
  } finally {
    await dispose();
  }
}

it('takes the address the trusted proxies saw, not one the client wrote itself', async () => {
  // The client forged the first entry; our proxy appended the address it really saw.
  expect(await clientAddressSeen(1, '6.6.6.6, 198.51.100.7')).toBe('198.51.100.7');
  expect(await clientAddressSeen(2, '6.6.6.6, 198.51.100.7, 10.0.0.1')).toBe('198.51.100.7');
  // Without a trusted proxy the header is not read at all.
  expect(await clientAddressSeen(0, '6.6.6.6')).toBe('10.0.0.2');
});

it('reads TRUST_PROXY as a number of proxies, and names it when it is not one', () => {
  expect(readConfig({ TRUST_PROXY: '1' }).trustProxyHops).toBe(1);
  expect(readConfig({}).trustProxyHops).toBe(0);
  expect(() => readConfig({ TRUST_PROXY: 'true' })).toThrow(/^TRUST_PROXY: /);
});
