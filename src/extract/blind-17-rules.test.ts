// Example sentences for the rules added after blind set 17 was measured: people counted by a
// reporter, a hedged second count, "en" for what was just counted, a question before a figure
// called "le chiffre", a quoted toll of one, the dead who stay dead, and words for the held, the
// hurt, the missing and those who gathered.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 17', () => {
  it.each([
    // Counts of the same people.
    ['Наш корреспондент насчитал человек восемьсот.', 'ru', ['participants 800 800 ~']],
    [
      'Mercredi, nous étions des milliers sur le boulevard, peut-être 12 000.',
      'fr',
      ['participants 2000 + ~', 'participants 12000 12000'],
    ],
    ['La police parle de trois morts. Nous en avons recensé six.', 'fr', ['killed 3 3', 'killed 6 6']],
    ['– Combien d’arrestations ?\n– Le commissariat nous a donné le chiffre de 35.', 'fr', ['arrested 35 35']],
    ['Sur Facebook : « un mort à Saint-Pierre », partagé des centaines de fois.', 'fr', ['killed 1 1']],
    // The dead stay dead when held in a mortuary.
    ['Reports that "more than 30 bodies" are being held in the mortuary are false.', 'en', ['killed 30 +']],
    // Missing: families who cannot learn where, people no one can find.
    [
      'The families of at least 25 detainees spent the day failing to learn where their relatives were held.',
      'en',
      ['missing 25 +'],
    ],
    ['A youth worker is trying to find out where six teenagers were taken.', 'en', ['missing 6 6']],
    ['Родственники двоих задержанных звонили в отдел: там отвечают, что таких у них нет.', 'ru', ['missing 2 2']],
    ['С тремя задержанными родственники не могли связаться.', 'ru', ['missing 3 3']],
    ['Все задержанные в изоляторе, их местонахождение известно.', 'ru', ['missing 0 0']],
    // Denials.
    ['The ambulance service is not aware of any deaths.', 'en', ['killed 0 0']],
    // The held, the hurt and those who gathered.
    ['About 100 people were "taken to the police station to work".', 'en', ['arrested 100 100 ~']],
    ['Two teenagers were beaten to death in custody.', 'en', ['killed 2 2']],
    ['She was one of 30 people held for 17 hours.', 'en', ['arrested 30 30']],
    ['Медицинская помощь была оказана 18 рабочим.', 'ru', ['injured 18 18']],
    ['В травмпункт обращались по меньшей мере десять участников акции.', 'ru', ['injured 10 +']],
    ['«Человек двадцать побили».', 'ru', ['injured 20 20 ~']],
    ['La police dit que neuf de ses agents ont été atteints par des pierres.', 'fr', ['injured 9 9']],
    ['Deux autres gamins avec des plaies à la tête.', 'fr', ['injured 2 2']],
    ['МВД оценило число собравшихся «максимум в 400 человек».', 'ru', ['participants 0 400']],
    ['The organizers claimed a turnout of 5,000.', 'en', ['participants 5000 5000']],
    ['Around 80 militants pelted police with stones.', 'en', ['participants 80 80 ~']],
    ['Au total, 27 personnes, âgées de 15 à 34 ans, ont été interpellées.', 'fr', ['arrested 27 27']],
    // Found among the patients: no longer missing, no claim.
    ['Our records show that 5 of them are among our patients.', 'en', []],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});
