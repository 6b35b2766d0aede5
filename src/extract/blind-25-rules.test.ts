// Example sentences for the rules added after blind set 25 was measured: the size of a group,
// what the next sentence says befell "them", people hurt or held named by where they were taken,
// families with no news, bounds after the noun, and denials whose noun says who.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 25', () => {
  it.each([
    ['Later a group of about 80 blocked the ring road.', 'en', ['participants 80 80 ~']],
    ['Un groupe d’une cinquantaine de jeunes a forcé le portail.', 'fr', ['participants 50 50 ~']],
    ['Дорогу перекрыла группа из 60–70 человек.', 'ru', ['participants 60 70']],
    ['Мэр встретился с инициативной группой из 12 человек.', 'ru', []],
    [
      '«Группа из 15 человек пыталась ворваться в здание. Они были задержаны», — сказали в полиции.',
      'ru',
      ['arrested 15 15'],
    ],
    ['Nobody lost their life, the governor said.', 'en', ['killed 0 0']],
    ['The union says it has lost contact with six of its stewards.', 'en', ['missing 6 6']],
    ['Мы не можем связаться с пятью нашими членами профсоюза.', 'ru', ['missing 5 5']],
    ['«Погибших и пропавших без вести нет», — сообщили в полиции.', 'ru', ['killed 0 0', 'missing 0 0']],
    ['L’armée assure que l’opération s’est faite « sans aucune perte humaine ».', 'fr', ['killed 0 0']],
    ['Патруль доставил в отделы 41 человека.', 'ru', ['arrested 41 41']],
    ['Скорая увозит четверых.', 'ru', ['injured 4 4']],
    ['Врачи оказали помощь 12 шахтёрам.', 'ru', ['injured 12 12']],
    ['В горбольнице сказали, что обращались 9 человек.', 'ru', ['injured 9 9']],
    ['В суд обращались 9 человек.', 'ru', []],
    ['Power workers say 40 people were "invited for questioning".', 'en', ['arrested 40 40']],
    ['They took 5 or 6 boys into the trucks.', 'en', ['arrested 5 6']],
    ['Les services de police ont estimé la participation à 700 personnes.', 'fr', ['participants 700 700']],
    ['Onze personnes ont été vues à l’urgence. Aucune blessure ne met la vie en danger.', 'fr', ['injured 11 11']],
    ['Il y a eu des blessés légers, neuf au total.', 'fr', ['injured 9 9']],
    ['Nous cherchons encore deux jeunes vendeurs.', 'fr', ['missing 2 2']],
    ['Quatre barques avec dix-sept pêcheurs ne sont pas rentrées.', 'fr', ['missing 17 17']],
    ['Deux familles n’ont aucune nouvelle d’un proche.', 'fr', ['missing 2 2']],
    [
      'Les grévistes étaient 3 000 ; la préfecture parle de « 900 personnes tout au plus ».',
      'fr',
      ['participants 3000 3000', 'participants 0 900'],
    ],
    ['The owners said "no more than 80" pickets were present, which upset the families.', 'en', ['participants 0 80']],
    ['Le préfet assure qu’« aucun des grévistes interpellés n’a été perdu de vue ».', 'fr', ['missing 0 0']],
    [
      'За помощью обратились восемь участников митинга и трое сотрудников полиции.',
      'ru',
      ['injured 8 8', 'injured 3 3'],
    ],
    ['Мы не можем найти Сергея К. и ещё троих ребят, которых задержали у моста.', 'ru', ['missing 3 3']],
    ['The families of four drivers have searched every station without finding them.', 'en', ['missing 4 4']],
    ['Сведения о задержании «более полусотни человек» не соответствуют действительности.', 'ru', ['arrested 50 + ~']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});
