// Example sentences for the rules added after blind set 22 was measured: "en" before an
// auxiliary and what it stands for, a vague count then a closer one, "ils étaient", and words
// for the hurt, the held and the missing.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 22', () => {
  it.each([
    // "en": what it stands for, named before it or counted just before.
    [
      'Quelque 6 000 dockers ont défilé jusqu’au port. La police en a compté 2 300.',
      'fr',
      ['participants 6000 6000 ~', 'participants 2300 2300'],
    ],
    [
      'L’hôpital a soigné 22 personnes. Quant aux arrestations, la police en reconnaît 37.',
      'fr',
      ['injured 22 22', 'arrested 37 37'],
    ],
    ['Ils étaient près de 1.200 devant la mairie.', 'fr', ['participants 1200 1200 ~']],
    // A vague count, then a closer one.
    ['Et les blessés ? Une quinzaine, peut-être vingt.', 'fr', ['injured 15 20 ~']],
    // The hurt, the held and the missing.
    ['Les pompiers ont porté secours à quatre manifestants.', 'fr', ['injured 4 4']],
    ['Deux élèves ont passé la nuit à l’hôpital.', 'fr', ['injured 2 2']],
    ['Deux jeunes hommes ont été emmenés par des soldats.', 'fr', ['arrested 2 2']],
    ['Neuf personnes nous sont signalées comme injoignables par leurs proches.', 'fr', ['missing 9 9']],
    ['Aucun signalement de disparition n’a été enregistré.', 'fr', ['missing 0 0']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});
