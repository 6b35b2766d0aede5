// Example sentences for the rules added after blind set 21 was measured: hundreds written as a
// teen and "hundred", a range whose scale ends it ("eight to nine hundred", "от 2,5 до 3
// тысяч"), a hospital's own words for patients, and words for the held and the missing.

import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-helpers.js';

describe('rules from blind set 21', () => {
  it.each([
    ['Organizers say about twelve hundred people rallied.', 'en', ['participants 1200 1200 ~']],
    ['The sheriff puts the crowd at eight to nine hundred.', 'en', ['participants 800 900']],
    ['По подсчётам корреспондента, на площадь вышли от 2,5 до 3 тысяч человек.', 'ru', ['participants 2500 3000']],
    // A hospital's words for patients.
    ['A total of 27 patients have been seen at the Accident and Emergency Department.', 'en', ['injured 27 27']],
    ['Eight patients were admitted overnight.', 'en', ['injured 8 8']],
    ['The hospital has no record of any death connected to the disturbances.', 'en', ['killed 0 0']],
    // The held and the missing.
    ['Девятерых продержали там до утра без адвоката.', 'ru', ['arrested 9 9']],
    ['О троих парнях родители двое суток ничего не знали.', 'ru', ['missing 3 3']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });
});
