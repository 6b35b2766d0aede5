// Example sentences for the rules added after blind set 11 was measured: answers in interviews
// that take their metric from the question, people taken away and not seen since, a subject
// before a dash, denials that follow their verb or name a part ("среди задержанных"), ages set
// off by commas and the first day of a range of dates.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 11', () => {
  it.each([
    // An answer takes its metric from the question, or from the answer before for a part.
    ['LA JOURNALISTE : Et les blessés ?\n\nLE MÉDECIN : Une soixantaine, au moins.', 'fr', ['injured 60 + ~']],
    ['Combien étaient-ils dans la rue ?\nDes milliers.', 'fr', ['participants 2000 + ~']],
    ['— Сколько задержанных?\n— Около сорока человек.', 'ru', ['arrested 40 40 ~']],
    ['— Сколько раненых?\n— Двадцать.\n— Среди них есть дети?\n— Да, трое.', 'ru', ['injured 20 20', 'injured 3 3']],
    ['Сколько погибших?\nМинздрав называет цифру 12.', 'ru', ['killed 12 12']],
    // Taken away, then not seen: missing only; a new subject ends the clause.
    ['At least 14 miners detained by soldiers in Tarkwa have not been seen since.', 'en', ['missing 14 +']],
    [
      'Nous demandons la libération des 80 personnes encore détenues, la liste des personnes disparues et une enquête.',
      'fr',
      ['arrested 80 80'],
    ],
    ['Родственники как минимум пяти задержанных не могут выяснить, где те находятся.', 'ru', ['missing 5 +']],
    ['We saw four dead and we still cannot find three of our neighbours.', 'en', ['killed 4 4', 'missing 3 3']],
    // The noun that opens the sentence names what the figure after the dash counts.
    ['Раненых, по данным медиков, — 31.', 'ru', ['injured 31 31']],
    ['🔸 Раненых среди участников акции — 12.', 'ru', ['injured 12 12']],
    // Denials: the noun before "среди"; a negation before the verb; a metric word not joined.
    ['«Погибших среди задержанных нет», — сообщили в полиции.', 'ru', ['killed 0 0']],
    ['The army "did not kill anybody," a spokesman said.', 'en', ['killed 0 0']],
    ['Has anyone been arrested?', 'en', []],
    ['Police insist that no protester was harmed in custody.', 'en', ['injured 0 0']],
    // Modifiers: "не менее чем", "с лишним", "au minimum" after a comma.
    ['Правозащитники говорят о «не менее чем 40 погибших».', 'ru', ['killed 40 +']],
    ['Очевидцы говорят о «тысяче с лишним» раненых.', 'ru', ['injured 1000 +']],
    // A toll's subject across its clause, and a clause after the figure.
    ['Death toll climbs to 21 as strike spreads', 'en', ['killed 21 21']],
    ['The number of people killed in the clashes has risen to 9, officials said.', 'en', ['killed 9 9']],
    // Words for people: the dead of a parish, relatives, more of the same, a group's size.
    ['La paroisse a enterré huit défunts tombés lors des manifestations.', 'fr', ['killed 8 8']],
    ['We spoke to 12 relatives of the disappeared.', 'en', []],
    [
      'About 500 gathered at the port, and some 200 more at the station.',
      'en',
      ['participants 500 500 ~', 'participants 200 200 ~'],
    ],
    ['У администрации собралась группа жителей численностью около 300 человек.', 'ru', ['participants 300 300 ~']],
    // Not figures: ages after a name or a role, the first day of a range of dates.
    ['Amina Diallo, 34, said she had not heard from her son since Friday.', 'en', []],
    ['[INTERVIEW - STRIKER, 41]', 'en', []],
    ['Le collectif recense 1 200 personnes interpellées entre le 3 et le 6 mai.', 'fr', ['arrested 1200 1200']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});
