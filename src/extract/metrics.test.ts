// What a figure counts, in each language, and the numbers that are not head counts at all.

import { describe, expect, it } from 'vitest';
import { figuresOf, only } from './test-helpers.js';

describe('metrics', () => {
  it.each([
    ['70 tués et 150 blessés à Janaözen.', 'fr', ['killed 70 70', 'injured 150 150']],
    ['Plus de 40 personnes ont été interpellées.', 'fr', ['arrested 40 +']],
    ['Une centaine de grévistes ont été placés en garde à vue.', 'fr', ['arrested 100 100 ~']],
    ['Trois ouvriers sont portés disparus.', 'fr', ['missing 3 3']],
    ['4 000 ouvriers se sont mis en grève.', 'fr', ['participants 4000 4000']],
    ['Les forces de l’ordre ont arrêté 12 syndicalistes.', 'fr', ['arrested 12 12']],
    ['Police shot dead 11 protesters and wounded 40.', 'en', ['killed 11 11', 'injured 40 40']],
    ['Five people were taken in for questioning.', 'en', ['arrested 5 5']],
    ['Nine workers remain unaccounted for.', 'en', ['missing 9 9']],
    ['Some 2,000 strikers marched to the akimat.', 'en', ['participants 2000 2000 ~']],
    ['16,000 oil workers have been on strike since May.', 'en', ['participants 16000 16000']],
  ] as const)('%s', (text, lang, expected) => {
    expect(figuresOf(text, lang)).toEqual(expected);
  });

  it('knows Russian case forms of the metric words', () => {
    expect(figuresOf('Погибли 12 человек, 30 ранены.', 'ru')).toEqual(['killed 12 12', 'injured 30 30']);
    expect(figuresOf('Число погибших — 12, раненых — 30.', 'ru')).toEqual(['killed 12 12', 'injured 30 30']);
    expect(figuresOf('Убиты 5 человек.', 'ru')).toEqual(['killed 5 5']);
    expect(figuresOf('Среди раненых 8 полицейских.', 'ru')).toEqual(['injured 8 8']);
    expect(figuresOf('Полиция задержала 40 человек.', 'ru')).toEqual(['arrested 40 40']);
    expect(figuresOf('Арестованы 7 активистов.', 'ru')).toEqual(['arrested 7 7']);
    expect(figuresOf('Около 3000 бастующих собрались на площади.', 'ru')).toEqual(['participants 3000 3000 ~']);
    expect(figuresOf('Сотни задержанных содержатся в изоляторе.', 'ru')).toEqual(['arrested 200 + ~']);
    expect(figuresOf('Судьба 4 рабочих неизвестна, они числятся пропавшими.', 'ru')).toEqual(['missing 4 4']);
  });

  it('gives a breakdown its own claim, counting what the total counts', () => {
    expect(figuresOf('About 150 people were arrested, of whom 4 were members of the movement.', 'en')).toEqual(['arrested 150 150 ~', 'arrested 4 4']);
    expect(figuresOf('Environ 150 personnes ont été arrêtées, dont 4 membres du Mouvement.', 'fr')).toEqual(['arrested 150 150 ~', 'arrested 4 4']);
    expect(figuresOf('Задержаны 150 человек, в том числе 4 члена движения.', 'ru')).toEqual(['arrested 150 150', 'arrested 4 4']);
  });

  it('keeps a figure repeated in the headline and in the body as two claims', () => {
    const text = 'Janaözen : 16 morts\n\nLe parquet annonce 16 morts après les affrontements.';
    expect(figuresOf(text, 'fr')).toEqual(['killed 16 16', 'killed 16 16']);
  });

  it('finds the metric word in the next clause', () => {
    expect(figuresOf('Seventy, according to the workers, were killed.', 'en')).toEqual(['killed 70 70']);
    expect(figuresOf('Les grévistes, environ 3 000 selon le syndicat, ont été dispersés.', 'fr')).toEqual(['participants 3000 3000 ~']);
    expect(figuresOf('On compte une vingtaine de tués ; le bilan pourrait monter à 100.', 'fr')).toEqual(['killed 20 20 ~', 'killed 100 100']);
  });

  it('makes no claim of totals across metrics or of court outcomes', () => {
    expect(figuresOf('A thousand people were killed or wounded.', 'en')).toEqual([]);
    expect(figuresOf('Около тысячи убитых и раненых.', 'ru')).toEqual([]);
    expect(figuresOf('13 workers were sentenced to prison terms.', 'en')).toEqual([]);
    expect(figuresOf('Huit grévistes ont été condamnés.', 'fr')).toEqual([]);
    expect(figuresOf('Трое из них позднее осуждены.', 'ru')).toEqual([]);
  });

  it('reads denials as figures of zero', () => {
    expect(figuresOf("Le ministère a d'abord nié l'existence de morts et de blessés.", 'fr')).toEqual(['killed 0 0', 'injured 0 0']);
    expect(figuresOf('No one was killed, police said.', 'en')).toEqual(['killed 0 0']);
    expect(figuresOf('Aucune arrestation n’a eu lieu.', 'fr')).toEqual(['arrested 0 0']);
    expect(figuresOf('Погибших нет, сообщили в МВД.', 'ru')).toEqual(['killed 0 0']);
    expect(figuresOf('Никто не погиб.', 'ru')).toEqual(['killed 0 0']);
  });

  it('does not read an unknown toll as a denial', () => {
    expect(figuresOf("Le nombre exact de victimes n'est toujours pas connu.", 'fr')).toEqual([]);
    expect(figuresOf('The true number of dead is still not known.', 'en')).toEqual([]);
  });
});

describe('numbers that are not head counts', () => {
  it.each([
    ['En 2011, la grève durait depuis mai.', 'fr'],
    ['Le 16 décembre 2011, la police a tiré.', 'fr'],
    ['Un enfant de 9 ans figure parmi les blessés.', 'fr'],
    ['La police a ouvert le feu vers 12h45.', 'fr'],
    ['Les salaires ont baissé de 30 % et les grévistes réclament 500 dollars.', 'fr'],
    ['Les chars sont venus d’Aqtau, à 150 kilomètres.', 'fr'],
    ["L'article 164 du code pénal vise les grévistes.", 'fr'],
    ['1. Libération des prisonniers politiques !\n2. Halte à la répression !', 'fr'],
    ['The 25-year-old striker was detained on Friday.', 'en'],
    ['Shooting started at 14:00 and lasted 20 minutes.', 'en'],
    ['Oil output fell by 40 percent in December.', 'en'],
    ['Solidarity actions took place in 8 countries.', 'en'],
    ['The strikers presented 12 demands.', 'en'],
    ['Police fired 200 rounds into the crowd.', 'en'],
    ['В 2011 году в Жанаозене бастовали нефтяники.', 'ru'],
    ['Стрельба началась в 12:45 и длилась 20 минут.', 'ru'],
    ['Рабочие требовали повышения зарплаты на 100 процентов.', 'ru'],
    ['16 декабря 2011 года полиция открыла огонь.', 'ru'],
    ['В город вошли 12 танков.', 'ru'],
  ] as const)('%s', (text, lang) => {
    expect(figuresOf(text, lang)).toEqual([]);
  });
});

describe('claim fields', () => {
  it('quotes the sentence that carries the figure, with its offsets', () => {
    const text = 'Premier paragraphe. Au moins 14 personnes ont été tuées à Janaözen. Fin.';
    const claim = only(text, 'fr');
    expect(claim.quote).toBe('Au moins 14 personnes ont été tuées à Janaözen.');
    expect(text.slice(claim.start, claim.end)).toBe(claim.quote);
    expect(claim.place).toBe('Janaözen');
  });

  it('names the place in each language', () => {
    expect(only('12 protesters were detained in Aqtau.', 'en').place).toBe('Aqtau');
    expect(only('В Жанаозене задержаны 12 человек.', 'ru').place).toBe('Жанаозене');
    expect(only('12 protesters were detained.', 'en').place).toBeNull();
  });
});
