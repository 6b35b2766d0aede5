// Example sentences for the rules added after blind set 10 was measured, most of them Russian:
// one denial per noun and sentence, those who went out counted by a participle, a count said
// after "говорили о", people nobody can reach, second subjects with nouns of their own.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 10', () => {
  it.each([
    ['«Ни одного погибшего нет», — заявили в МВД.', 'ru', ['killed 0 0']],
    ['Наблюдатели оценивают число вышедших на улицы в 40–60 тысяч человек.', 'ru', ['participants 40000 60000']],
    [
      'У мэрии собрались, по оценке полиции, до 12 тысяч человек. Организаторы говорили о 25 тысячах.',
      'ru',
      ['participants 0 12000', 'participants 25000 25000'],
    ],
    ['По нашим оценкам, от 4 до 6 тысяч; милиция говорила о «не более чем двух тысячах».', 'ru', []],
    ['Колонну очевидцы оценивали в 5–6 тысяч человек.', 'ru', ['participants 5000 6000']],
    ['Юристы знают о семерых участниках акции, с которыми родственники не могут связаться.', 'ru', ['missing 7 7']],
    ['О судьбе как минимум шестерых жителей ничего не известно.', 'ru', ['missing 6 +']],
    ['Ищем четверых ребят, их забрали у памятника.', 'ru', ['missing 4 4']],
    ['МВД сообщило об уничтожении пяти боевиков и задержании ещё 40.', 'ru', ['killed 5 5', 'arrested 40 40']],
    ['Пострадали 12 полицейских и не менее восьми участников митинга.', 'ru', ['injured 12 12', 'injured 8 +']],
    // A speaker named by a noun for people ("police", "doctors") after a comma.
    [
      'Crowd estimates vary: organisers claim 80,000, police say about 20,000.',
      'en',
      ['participants 80000 80000', 'participants 20000 20000 ~'],
    ],
    ['At the clinic at least 30 were hurt, doctors say two are very bad.', 'en', ['injured 30 +', 'injured 2 2']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});
