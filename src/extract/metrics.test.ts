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
    expect(figuresOf('About 150 people were arrested, of whom 4 were members of the movement.', 'en')).toEqual([
      'arrested 150 150 ~',
      'arrested 4 4',
    ]);
    expect(figuresOf('Environ 150 personnes ont été arrêtées, dont 4 membres du Mouvement.', 'fr')).toEqual([
      'arrested 150 150 ~',
      'arrested 4 4',
    ]);
    expect(figuresOf('Задержаны 150 человек, в том числе 4 члена движения.', 'ru')).toEqual([
      'arrested 150 150',
      'arrested 4 4',
    ]);
  });

  it('keeps a figure repeated in the headline and in the body as two claims', () => {
    const text = 'Janaözen : 16 morts\n\nLe parquet annonce 16 morts après les affrontements.';
    expect(figuresOf(text, 'fr')).toEqual(['killed 16 16', 'killed 16 16']);
  });

  it('finds the metric word in the next clause', () => {
    expect(figuresOf('Seventy, according to the workers, were killed.', 'en')).toEqual(['killed 70 70']);
    expect(figuresOf('Les grévistes, environ 3 000 selon le syndicat, ont été dispersés.', 'fr')).toEqual([
      'participants 3000 3000 ~',
    ]);
    expect(figuresOf('On compte une vingtaine de tués ; le bilan pourrait monter à 100.', 'fr')).toEqual([
      'killed 20 20 ~',
      'killed 100 100',
    ]);
  });

  it('makes no claim of totals across metrics or of court outcomes', () => {
    expect(figuresOf('A thousand people were killed or wounded.', 'en')).toEqual([]);
    expect(figuresOf('Около тысячи убитых и раненых.', 'ru')).toEqual([]);
    expect(figuresOf('13 workers were sentenced to prison terms.', 'en')).toEqual([]);
    expect(figuresOf('Huit grévistes ont été condamnés.', 'fr')).toEqual([]);
    expect(figuresOf('Трое из них позднее осуждены.', 'ru')).toEqual([]);
  });

  it('reads denials as figures of zero', () => {
    expect(figuresOf("Le ministère a d'abord nié l'existence de morts et de blessés.", 'fr')).toEqual([
      'killed 0 0',
      'injured 0 0',
    ]);
    expect(figuresOf('No one was killed, police said.', 'en')).toEqual(['killed 0 0']);
    expect(figuresOf('Aucune arrestation n’a eu lieu.', 'fr')).toEqual(['arrested 0 0']);
    expect(figuresOf('Погибших нет, сообщили в МВД.', 'ru')).toEqual(['killed 0 0']);
    expect(figuresOf('Никто не погиб.', 'ru')).toEqual(['killed 0 0']);
  });

  it('reads zero counts in communiqué and live-blog wording', () => {
    expect(figuresOf("Aucun manifestant n'a été tué.", 'fr')).toEqual(['killed 0 0']);
    expect(figuresOf("Aucune personne n'est portée disparue.", 'fr')).toEqual(['missing 0 0']);
    expect(figuresOf("Il n'y a pas eu de blessés.", 'fr')).toEqual(['injured 0 0']);
    expect(figuresOf('В МВД факт задержаний отрицают.', 'ru')).toEqual(['arrested 0 0']);
    expect(figuresOf('No fatalities, 4 injured, police say.', 'en')).toEqual(['killed 0 0', 'injured 4 4']);
    expect(figuresOf('There were no arrests.', 'en')).toEqual(['arrested 0 0']);
    // A shot that was not fired is nobody hurt.
    expect(figuresOf('"Not a single shot was fired," the spokesman said.', 'en')).toEqual([]);
  });

  it('reads "neither dead nor injured" as two zeros, one per metric', () => {
    expect(figuresOf('Aucun mort ni blessé n’est à déplorer, selon la police.', 'fr')).toEqual([
      'killed 0 0',
      'injured 0 0',
    ]);
    expect(figuresOf('Il n’y a eu ni mort ni blessé.', 'fr')).toEqual(['killed 0 0', 'injured 0 0']);
    expect(figuresOf('Ни погибших, ни раненых нет.', 'ru')).toEqual(['killed 0 0', 'injured 0 0']);
    expect(figuresOf('Погибших и раненых нет.', 'ru')).toEqual(['killed 0 0', 'injured 0 0']);
    expect(figuresOf('No one was killed or injured, police said.', 'en')).toEqual(['killed 0 0', 'injured 0 0']);
  });

  it('does not read an unknown toll as a denial', () => {
    expect(figuresOf("Le nombre exact de victimes n'est toujours pas connu.", 'fr')).toEqual([]);
    expect(figuresOf('The true number of dead is still not known.', 'en')).toEqual([]);
  });
});

describe('wording beyond the development set', () => {
  it('reads hospital, SMS and communiqué phrasings', () => {
    expect(figuresOf('Twelve people were taken to hospital.', 'en')).toEqual(['injured 12 12']);
    expect(figuresOf('Medics treated around 60 people for tear gas inhalation.', 'en')).toEqual(['injured 60 60 ~']);
    expect(figuresOf('Une quarantaine de personnes ont été prises en charge par les secours.', 'fr')).toEqual([
      'injured 40 40 ~',
    ]);
    expect(figuresOf('Около 20 человек доставлены в больницу.', 'ru')).toEqual(['injured 20 20 ~']);
    expect(figuresOf('SMS from Ali: 3 dead at gate 2, many hurt, 20 taken by police.', 'en')).toEqual([
      'killed 3 3',
      'arrested 20 20',
    ]);
    expect(figuresOf('Trois personnes ont été conduites au commissariat.', 'fr')).toEqual(['arrested 3 3']);
    expect(figuresOf('Lawyers say 22 people are being held at the precinct.', 'en')).toEqual(['arrested 22 22']);
    expect(figuresOf('Le ministère de l’Intérieur parle de 212 gardes à vue.', 'fr')).toEqual(['arrested 212 212']);
    expect(figuresOf('Cinq manifestants ont succombé à leurs blessures.', 'fr')).toEqual(['killed 5 5']);
  });

  it('reads missing people from the words of families', () => {
    expect(
      figuresOf('Families of at least 17 people say they have been unable to locate their relatives.', 'en'),
    ).toEqual(['missing 17 +']);
    expect(figuresOf('On dit que trois personnes ne sont jamais revenues du poste.', 'fr')).toEqual(['missing 3 3']);
    expect(figuresOf('Родственники ищут как минимум пятерых.', 'ru')).toEqual(['missing 5 +']);
  });

  it('knows more nouns for people and for things', () => {
    expect(figuresOf('More than 8,000 teachers from 34 districts took part in the rally.', 'en')).toEqual([
      'participants 8000 +',
    ]);
    expect(figuresOf('Plusieurs milliers de dockers et de sympathisants ont manifesté.', 'fr')).toEqual([
      'participants 3000 + ~',
    ]);
    expect(figuresOf('Несколько сотен фермеров перекрыли трассу.', 'ru')).toEqual(['participants 300 + ~']);
    expect(figuresOf('Фермеры приехали на 60 тракторах.', 'ru')).toEqual([]);
    expect(figuresOf('Доклад основан на 212 интервью с задержанными.', 'ru')).toEqual([]);
  });

  it('reads a witness counting "us"', () => {
    expect(figuresOf('On était au moins 600 devant le portail.', 'fr')).toEqual(['participants 600 +']);
    expect(figuresOf('There are maybe a thousand of us inside.', 'en')).toEqual(['participants 1000 1000']);
    expect(figuresOf('Au poste, nous étions plus de cinquante détenus.', 'fr')).toEqual(['arrested 50 +']);
    expect(figuresOf('Thirty-four of us were later sentenced.', 'en')).toEqual([]);
  });

  it('reads the size of a gathering given by a verb of its own', () => {
    expect(figuresOf('Le cortège, parti à 11 h de la place du Marché, comptait 4 000 personnes.', 'fr')).toEqual([
      'participants 4000 4000',
    ]);
    expect(figuresOf('On comptait 70 tués.', 'fr')).toEqual(['killed 70 70']);
    expect(figuresOf("L'usine comptait 4 000 salariés.", 'fr')).toEqual([]);
    expect(figuresOf('Le mouvement a rassemblé près de 8 000 personnes.', 'fr')).toEqual(['participants 8000 8000 ~']);
    expect(figuresOf('Some 1,400 dockers began an indefinite strike.', 'en')).toEqual(['participants 1400 1400 ~']);
    expect(figuresOf('Twelve thousand more stayed away from their classrooms.', 'en')).toEqual([
      'participants 12000 12000',
    ]);
  });

  it("gives another source's count of the same thing the same metric", () => {
    expect(
      figuresOf('Le cortège comptait 4 000 personnes selon la police, 12 000 selon les organisateurs.', 'fr'),
    ).toEqual(['participants 4000 4000', 'participants 12000 12000']);
    expect(figuresOf('Selon les syndicats, 15 000 personnes ont défilé, 4 200 selon la police.', 'fr')).toEqual([
      'participants 15000 15000',
      'participants 4200 4200',
    ]);
  });

  it('reads a part named after its figure ("nine of them", "один из них", "parmi les")', () => {
    expect(figuresOf('At least 57 of our members were injured, nine of them seriously.', 'en')).toEqual([
      'injured 57 +',
      'injured 9 9',
    ]);
    expect(figuresOf('Police arrested 30 people, 12 of them minors.', 'en')).toEqual([
      'arrested 30 30',
      'arrested 12 12',
    ]);
    expect(
      figuresOf(
        'Relatives say the men were beaten in custody; at least two of them have required hospital treatment.',
        'en',
      ),
    ).toEqual(['injured 2 +']);
    expect(figuresOf('Пострадали трое сотрудников, один из них госпитализирован.', 'ru')).toEqual([
      'injured 3 3',
      'injured 1 1',
    ]);
    expect(figuresOf('Blessés : 6 parmi les forces de l’ordre ; 2 parmi les manifestants.', 'fr')).toEqual([
      'injured 6 6',
      'injured 2 2',
    ]);
    expect(
      figuresOf('Генпрокуратура сообщает о 8 114 задержанных; 1 040 из них не допущены к защитникам.', 'ru'),
    ).toEqual(['arrested 8114 8114', 'arrested 1040 1040']);
    expect(figuresOf('По нашим данным, погибли 97 человек. Среди них — пятеро детей.', 'ru')).toEqual([
      'killed 97 97',
      'killed 5 5',
    ]);
    expect(figuresOf('Восемь человек, среди них две женщины, доставлены в больницу.', 'ru')).toEqual([
      'injured 8 8',
      'injured 2 2',
    ]);
  });

  it('lets the verb of a part decide ("deux des blessés sont morts", "of whom 12 were released")', () => {
    expect(figuresOf('Il semblerait que deux des blessés soient morts.', 'fr')).toEqual(['killed 2 2']);
    expect(figuresOf('Two of those detained were subsequently sentenced.', 'en')).toEqual([]);
    expect(figuresOf('Police detained 60, of whom 12 were later released.', 'en')).toEqual(['arrested 60 60']);
    expect(figuresOf('Mme H. figure parmi les 26 syndicalistes arrêtés, dont 5 sont toujours détenus.', 'fr')).toEqual([
      'arrested 26 26',
      'arrested 5 5',
    ]);
  });

  it('counts the part, not the whole it is taken from', () => {
    expect(figuresOf('The association says 17,000 of its 24,000 members have stopped work.', 'en')).toEqual([
      'participants 17000 17000',
    ]);
  });

  it('carries the verb over to a coordinated figure and across quotation marks', () => {
    expect(
      figuresOf('Forty-one persons have been detained under Article 20.2, and 6 persons under Article 212.', 'en'),
    ).toEqual(['arrested 41 41', 'arrested 6 6']);
    expect(
      figuresOf('Les heurts ont fait 14 blessés parmi les policiers et « plusieurs » chez les manifestants.', 'fr'),
    ).toEqual(['injured 14 14', 'injured 3 + ~']);
    expect(figuresOf('Работу остановили «не более двухсот» сотрудников.', 'ru')).toEqual(['participants 0 200']);
  });

  it('does not count police, vehicles or place numbers in the new wording', () => {
    expect(figuresOf('Some 300 riot police were deployed around the square.', 'en')).toEqual([]);
    expect(figuresOf('Around 200 police officers and 40 vans surrounded the plant.', 'en')).toEqual([]);
    expect(figuresOf('К площади стянули около 500 полицейских и 30 автозаков.', 'ru')).toEqual([]);
    expect(figuresOf('Les 300 policiers déployés ont chargé vers 17 h.', 'fr')).toEqual([]);
    // A verb for protesters before a figure of things: "перекрыли 3 улицы", "ont réuni 5 000 signatures".
    expect(figuresOf('Полицейские перекрыли 3 улицы.', 'ru')).toEqual([]);
    expect(figuresOf('Les syndicats ont réuni 5 000 signatures.', 'fr')).toEqual([]);
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
