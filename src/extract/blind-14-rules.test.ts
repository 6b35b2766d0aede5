// Example sentences for the rules added after blind set 14 was measured: answers after a
// speaker's label and to "how many" questions, a speaker's words after "что", running totals
// after a dash, denials of an object ("n'a tué personne"), of a group by whom, and the same
// denial said twice, ages after "aged", phone numbers, and words for the held and the hurt.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 14', () => {
  it.each([
    // Interviews: a speaker's label between question and answer; a question about a crowd.
    ['QUESTION. — Et les arrestations ?\n\nLE PORTE-PAROLE. — Plus de 300 personnes.', 'fr', ['arrested 300 +']],
    ['Combien sont-ils devant la mairie ? Entre 200 et 300, selon notre reporter.', 'fr', ['participants 200 300']],
    [
      '— Сколько задержанных?\n— Официально — около ста. Правозащитники считают, что больше двухсот.',
      'ru',
      ['arrested 100 100 ~', 'arrested 200 +'],
    ],
    ['We have counted 36 dead. The police are saying thirty-one.', 'en', ['killed 36 36', 'killed 31 31']],
    // A part whose whereabouts are unknown; a running total after a dash.
    ['Задержаны 40 человек. Где находятся трое из них, родные не знают.', 'ru', ['arrested 40 40', 'missing 3 3']],
    ['Задержаны 40 человек. Где находятся 35 из них, мы установили.', 'ru', ['arrested 40 40', 'arrested 35 35']],
    ['Сегодня задержали 12 человек, а за три дня — уже больше сотни.', 'ru', ['arrested 12 12', 'arrested 100 +']],
    // A gathering's size with its source and no commas.
    [
      'Une marche forte selon nos estimations de 3 000 à 4 000 personnes a quitté le port.',
      'fr',
      ['participants 3000 4000'],
    ],
    // Denials.
    ['Le ministre affirme que la police n’a tué personne.', 'fr', ['killed 0 0']],
    ['Информация о погибших не соответствует действительности. Погибших нет.', 'ru', ['killed 0 0']],
    ['«Ни один задержанный не получил травм», — заявили в УВД.', 'ru', ['injured 0 0']],
    ['Никто полицией не избит.', 'ru', ['injured 0 0']],
    ['Police confirm nobody from the force died.', 'en', ['killed 0 0']],
    ['«Погибших при задержании нет», — сообщили в ГУВД.', 'ru', ['killed 0 0']],
    ['Aucun étudiant n’a perdu la vie.', 'fr', ['killed 0 0']],
    ['The minister said the army had "not caused a single death".', 'en', ['killed 0 0']],
    // Not counts: an age after "aged", a phone number, people sentenced.
    ['Police arrested 30 people, including 4 aged under 18.', 'en', ['arrested 30 30', 'arrested 4 4']],
    ['Горячая линия: +7 912 604-33-18.', 'ru', []],
    ['Сорок человек арестованы судом на 10 суток.', 'ru', []],
    // Words for the held, the hurt and those who gathered.
    ['В органы внутренних дел доставлено 85 человек.', 'ru', ['arrested 85 85']],
    ['Двое до сих пор находятся в реанимации.', 'ru', ['injured 2 2']],
    ['Twenty members of the public received treatment at hospitals.', 'en', ['injured 20 20']],
    ['The federation says it cannot reach 9 of its members.', 'en', ['missing 9 9']],
    ['We were about two thousand workers on the hill.', 'en', ['participants 2000 2000 ~']],
    ['Le mot d’ordre a été suivi par près de 6 000 chauffeurs.', 'fr', ['participants 6000 6000 ~']],
    ['Dans la soirée, près de 1 000 personnes ont marché en silence.', 'fr', ['participants 1000 1000 ~']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});
