// Example sentences for the rules added after blind set 20 was measured: a bare "Nobody." that
// answers a question, a count said after "I would say", a label word after the figure ("at the
// gate"), a metric noun and its "of", "only one", and words for the hurt and the missing.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 20', () => {
  it.each([
    // Interviews: a one-word answer; a second count said by the speaker.
    ['Q: Was anyone killed?\nA: No, thank God. Nobody.', 'en', ['killed 0 0']],
    [
      'Q: How many teachers came?\nA: Around two thousand. With the parents, I would say nine or ten thousand.',
      'en',
      ['participants 2000 2000 ~', 'participants 9000 10000'],
    ],
    ['"We were maybe 3,000 at the gate" this morning.', 'en', ['participants 3000 3000']],
    // A metric noun before "of" / "de"; only one.
    ['Nos enquêteurs ont documenté la mort de quatre personnes, toutes atteintes par balle.', 'fr', ['killed 4 4']],
    ['Le gouvernorat ne reconnaît qu’un décès.', 'fr', ['killed 1 1']],
    // The hurt, the dead and the missing.
    ['Двум пациентам проведены операции.', 'ru', ['injured 2 2']],
    ['Около десяти человек получили помощь на месте.', 'ru', ['injured 10 10 ~']],
    ['The mortuary received one body this afternoon.', 'en', ['killed 1 1']],
    ['We have received no missing-person reports.', 'en', ['missing 0 0']],
    ['37 of our members went to hospital.', 'en', ['injured 37 37']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});
