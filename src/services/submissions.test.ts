import { beforeAll, expect, it } from 'vitest';
import { describeOnEachEngine } from '../../test/engines.js';
import { loadBundledExampleOnce } from './bundled-example.js';
import { SUBMISSION_LIMIT, submitMessage } from './submissions.js';

describeOnEachEngine('the per-sender limit across servers', (current) => {
  beforeAll(async () => {
    await loadBundledExampleOnce(current().db);
  });

  it('lets no more than the limit through when a burst arrives all at once', async () => {
    // Sent straight to the service, as several servers would, each past its own in-memory limit.
    const burst = Array.from({ length: 12 }, (_, n) =>
      submitMessage(
        current().db,
        'janaozen-2011',
        { author: `Sender ${n}`, country: null, text: `Burst message ${n}` },
        { address: '198.51.100.200', honeypot: undefined },
      ),
    );
    const outcomes = await Promise.all(burst);
    const accepted = outcomes.filter((o) => o.status === 'accepted').length;
    const throttled = outcomes.filter((o) => o.status === 'refused' && o.reason === 'throttled').length;
    expect(accepted).toBe(SUBMISSION_LIMIT.max);
    expect(throttled).toBe(12 - SUBMISSION_LIMIT.max);
  });
});
