// Example sentences for the rules added after blind set 35 was measured: an earlier report's count
// in brackets, an estimate as subject, a place of detention no one knows, a heading followed by a
// colon and a denial, Russian vague counts in the prepositional case, and people still held.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 35', () => {
  it.each([
    ['Cumulative casualties received: 27 injured (SITREP No. 1: 19).', 'en', ['injured 27 27', 'injured 19 19']],
    ['В приёмное отделение обратился 21 человек (по сводке № 2 — 17).', 'ru', ['injured 21 21', 'injured 17 17']],
    ['Our estimate is between 800 and 1,000.', 'en', ['participants 800 1000']],
    ['Lieu de détention inconnu : 3 personnes.', 'fr', ['missing 3 3']],
    ['Décès : aucun à notre connaissance.', 'fr', ['killed 0 0']],
    ['Jeunes introuvables : ni au commissariat, ni à la prison centrale.', 'fr', []],
    ['Вечером говорили о «нескольких сотнях».', 'ru', []],
    ['По телевидению сообщили о «нескольких десятках провокаторов».', 'ru', ['participants 30 + ~']],
    ['By the council’s count, "fewer than 500" street vendors refused to leave.', 'en', ['participants 0 500']],
    ['The commander said "not a single life was lost".', 'en', ['killed 0 0']],
    ['Most were released, but 38 remained in remand prison.', 'en', ['arrested 38 38']],
    ['17 camarades sont encore à la gendarmerie.', 'fr', ['arrested 17 17']],
    ['Обратились родственники шести человек, которых нет ни среди пациентов, ни в морге.', 'ru', ['missing 6 6']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});
