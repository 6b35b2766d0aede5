// Example sentences for the rules added after blind set 15 was measured: "Of these" as a part of
// the sentence before's first figure, yes-or-no questions in interviews, a half before a scale,
// a hedged upper count ("150, peut-être 200"), people taken whose whereabouts are unknown, and
// more words for the held, the hurt, the found and those who gathered.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 15', () => {
  it.each([
    // A part of the first figure of the sentence before.
    [
      'Our hospital received 30 people injured in the clashes, attended by 5,000 people. Of these, 6 were police officers.',
      'en',
      ['injured 30 30', 'participants 5000 5000', 'injured 6 6'],
    ],
    // Interviews: a yes-or-no question names the metric; those taken and not heard of are missing.
    ['— Были пострадавшие?\n— Мы знаем как минимум о семи.', 'ru', ['injured 7 +']],
    ['— Задержания продолжаются?\n— Забрали четверых мужчин, родственникам ничего не сообщают.', 'ru', ['missing 4 4']],
    // Numbers: a half before a scale, a hedged upper count.
    ['К мэрии пришли около трёх с половиной тысяч человек.', 'ru', ['participants 3500 3500 ~']],
    ['« On est 300, peut-être 400. »', 'fr', ['participants 300 400']],
    ['Собралось «человек сто пятьдесят, может двести».', 'ru', ['participants 150 200 ~']],
    // Taken away, then not found.
    ['Les gendarmes ont « embarqué quatre jeunes », la famille ne sait pas où ils sont.', 'fr', ['missing 4 4']],
    ['Une vingtaine de jeunes arrêtés n’ont toujours pas été localisés.', 'fr', ['missing 20 20 ~']],
    ['Still trying to reach 3 friends who were grabbed near the steps.', 'en', ['missing 3 3']],
    ['О троих наших близких мы ничего не знаем: ни в изоляторе, ни в суде их нет.', 'ru', ['missing 3 3']],
    // Denials.
    ['We checked with the hospital: zero deaths.', 'en', ['killed 0 0']],
    ['Aucune personne n’a été signalée disparue.', 'fr', ['missing 0 0']],
    ['"Not one protester was injured by officers," the chief said.', 'en', ['injured 0 0']],
    // The held, the hurt, the dead and those who gathered.
    ['Two of the patients are under police guard.', 'en', ['arrested 2 2']],
    ['Ранения получили не менее сорока протестующих.', 'ru', ['injured 40 +']],
    ['У двоих сломаны рёбра.', 'ru', ['injured 2 2']],
    ['В больницу доставлено тело одного мужчины.', 'ru', ['killed 1 1']],
    ['МВД говорит о «не более чем двумя сотнями провокаторов».', 'ru', ['participants 0 200']],
    ['Les familles revendiquent 3 morts.', 'fr', ['killed 3 3']],
    ['Plusieurs centaines d’étudiants ont pénétré dans l’enceinte.', 'fr', ['participants 300 + ~']],
    // Not figures about people: released from custody, found, members, a fraction.
    ['Quatre gardes à vue ont été levées dans la nuit.', 'fr', []],
    ['Three of them were found among our patients.', 'en', []],
    ['Ещё пятеро находятся под домашним арестом.', 'ru', []],
    ['Le syndicat, qui représente 20 000 membres, appelle à la grève.', 'fr', []],
    ['Au total, 90 personnes interpellées, dont un tiers de mineurs.', 'fr', ['arrested 90 90']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});
