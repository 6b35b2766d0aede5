// Example sentences for the rules added after blind set 12 was measured: everyone "accounted
// for" as a denial of missing people, severity and dates inside a Russian denial, a gathering
// named before a dash, the same count given for another place, calls to free a number of people,
// and words for the dead, the hurt, the held and those who gathered.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 12', () => {
  it.each([
    // Everyone found: a denial that anyone is missing, only when "all" is said.
    ['Every person detained has been accounted for.', 'en', ['missing 0 0']],
    ['Toutes les personnes interpellées sont identifiées, selon la préfecture.', 'fr', ['missing 0 0']],
    ['Все задержанные установлены.', 'ru', ['missing 0 0']],
    ['Deux corps ont été identifiés à la morgue.', 'fr', ['killed 2 2']],
    // Russian denials: a severity word denies only the serious cases; a date may stand between.
    ['Погибших и тяжело раненых нет.', 'ru', ['killed 0 0']],
    ['Погибших 5 мая в городе не было.', 'ru', ['killed 0 0']],
    ['« Pas un seul mort », a dit le ministre.', 'fr', ['killed 0 0']],
    // Modifiers: a preposition after "как минимум", "not more" after a comma.
    ['Очевидцы говорят как минимум о трёх погибших.', 'ru', ['killed 3 +']],
    ['Участников было тысячи полторы, не больше.', 'ru', ['participants 0 1500 ~']],
    // A gathering before a dash, the same count for another place, people no one can reach.
    ['Колонна — по разным оценкам, от 3 до 4 тысяч человек — двинулась к мэрии.', 'ru', ['participants 3000 4000']],
    ['В Гомеле задержаны 40 человек, в Бресте — 12.', 'ru', ['arrested 40 40', 'arrested 12 12']],
    ['Юристы не могут связаться ещё с четырьмя активистами.', 'ru', ['missing 4 4']],
    ['Le collectif a recensé 25 personnes dont les familles sont sans nouvelles.', 'fr', ['missing 25 25']],
    ['Nine people arrested in the raid have not been located by their families.', 'en', ['missing 9 9']],
    // Calls to free people and people still in the cells count those held.
    ['Free all 12!', 'en', ['arrested 12 12']],
    ['Libérez nos six camarades !', 'fr', ['arrested 6 6']],
    ['By midnight 14 were still in the cells.', 'en', ['arrested 14 14']],
    // Words for the dead, the hurt, the held and those who gathered.
    ['The monitor documented 12 killings by soldiers.', 'en', ['killed 12 12']],
    ['The remains of four people were found in the ruins.', 'en', ['killed 4 4']],
    ['Обнаружены останки 11 человек.', 'ru', ['killed 11 11']],
    ['Девятерых мы прооперировали.', 'ru', ['injured 9 9']],
    ['Двое остаются в отделе полиции.', 'ru', ['arrested 2 2']],
    ['К мэрии пришли около 500 человек.', 'ru', ['participants 500 500 ~']],
    ['Plus de 1.500 fidèles sont rassemblés devant l’église.', 'fr', ['participants 1500 +']],
    ['Les organisateurs revendiquaient 8 000 marcheurs.', 'fr', ['participants 8000 8000']],
    ['The crowd was estimated at about 3,000.', 'en', ['participants 3000 3000 ~']],
    // Not figures about people: whom a report interviewed, counties.
    ['We interviewed 40 victims and witnesses.', 'en', []],
    ["Protests were held in at least 20 of the country's 30 counties.", 'en', []],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});
