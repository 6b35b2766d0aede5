// French words for figures: number words, quantifiers, and the cues that tie a figure to a
// metric, a speaker, a hedge. Data only; the rules are in numbers.ts and metrics.ts.

import { arrested, cue, injured, killed, type Lexicon, missing, numberWords, table, vague } from './lexicon.js';

export const fr: Lexicon = {
  cues: [
    // Longer phrases first where a shorter one would mislead ("arrêté le travail" is a strike).
    ...table(
      'étaient venues|étaient venus|sont venues|sont venus|la participation à|au plus fort|protestaient|protestent|ont protesté|protestait|massés|massées|sont massés|y étaient|y était|y étions|ont rejoint|avaient rejoint|rejoignent|répondu à l appel|ont répondu à l appel|avaient répondu à l appel|pour protester|pour manifester|fait le déplacement|ont fait le déplacement|arrêté le travail|arrêtés le travail|arrêt de travail|arrêté de travailler|cessé le travail|cesser le travail|cessent le travail|stoppé le travail|stopper le travail|stoppent le travail|débrayé|en grève|se sont mis en grève|mis en grève|rejoint la grève|rejoindre la grève|rejoint le mouvement|ont participé|participé|participaient|participent|pris part|prennent part|ont manifesté|manifesté|manifestaient|manifestent|manifester|défilé dans|ont défilé|défilaient|rassemblés|rassemblées|se sont rassemblés|réunis sur|descendus dans la rue|descendus dans les rues|descendus en masse|occupaient|occupent|occupé|font grève|faisaient grève|fait grève|poursuiv* la grève|poursuiv* le mouvement|continu* la grève|rejoign* la grève|sur la place|sur les places|dans la rue|dans les rues|sur la grand-place|défilé|défilent|suivent le mouvement|suivi le mouvement|suivaient le mouvement|suivent la grève|suivi la grève|suivaient la grève|rassemblait|rassemblaient|a rassemblé|ont rassemblé|réunissait|a réuni|ont réuni|fait face aux|font face aux|faisaient face aux|faire face aux|fait face aux forces|font face aux forces|pris à partie les forces|s en est pris aux|s en sont pris aux|s en prennent aux|affronté la police|réclamaient|réclament|exigeaient|dressé des barricades|érigé des barricades|brûlé des pneus|bloqué les routes|bloquaient les routes|affronté les policiers|affronté les forces|affrontent la police|affrontaient la police|prennent à partie les forces|faisaient face aux forces|affrontent les forces|affrontaient les forces|à défiler|à manifester|à marcher|à faire grève|à cesser le travail|marcher|se sont réunies|se sont réunis|réunissant|ont pénétré|pénétré|bloquent|bloquaient|ont bloqué|tenaient un sit-in|tiennent un sit-in|lancent|lançaient|revendiquent|revendiquaient|revendique|revendiquait|ont marché|avaient marché|a marché|ont affronté|avaient affronté|affronté|face aux forces|face aux policiers|face à la police|a été suivi par|suivi par|convergé|ont convergé|convergent|convergeaient|avait rassemblé|avaient rassemblé|rassemblé',
      cue('participantPred'),
    ),
    ...table('comptait|comptaient|a compté|compte|comptent|forte|fort|forts|fortes', cue('countVerb')),
    ...table(
      'ils étaient|elles étaient|agitateurs|casseurs|marcheurs|émeutiers|grévistes|gréviste|manifestants|manifestantes|protestataires|participants|participantes|manifestant|manifestante|protestataire|on était|nous étions|on est|nous sommes',
      cue('participantNoun'),
    ),
    ...table(
      'manifestation|manifestations|rassemblement|rassemblements|foule|cortège|cortèges|meeting|marche|grève|grèves|mobilisation',
      cue('eventNoun'),
    ),
    ...table(
      'victimes des tirs|victimes de tirs|victimes de balles|victimes des balles|touchés par balle|touchés par balles|atteints par balle|atteints par balles|mortellement blessés|mortellement blessé|mortellement blessées',
      injured('pred'),
    ),
    ...table(
      'perte humaine|pertes humaines|perte en vie humaine|pertes en vies humaines|mort|morts|morte|mortes|défunts|défunt|défuntes|décès|victime|victimes|martyrs|cadavres|corps|tués par balle',
      killed('noun'),
    ),
    ...table(
      'coûté la vie à|a coûté la vie à|coûté la vie|noyés|noyé|noyée|noyées|se sont noyés|tué|tués|tuée|tuées|tuer|tuant|décédé*|péri|périssent|trouvé la mort|perdu la vie|abattu|abattus|abattues|assassiné*|massacré*|exécuté*|mort sous les balles|succomb*|sans vie',
      killed('pred'),
    ),
    ...table(
      'admissions liées|traumatismes|traumatisme|intoxications|intoxication|à terre|au sol|vues à l urgence|vus à l urgence|vues aux urgences|vus aux urgences|vu à l urgence|vue à l urgence|avez-vous reçues|avez-vous reçus|avez-vous reçu|porté secours à|ont porté secours à|passé la nuit à l hôpital|envoyées aux urgences|envoyés aux urgences|été admis|été admises|touchées par|touchés par|conduit à l hôpital|conduits à l hôpital|conduit au moins|à l hôpital général|urgences a accueilli|urgences ont accueilli|le service a accueilli|ont été opérés|opérés|plaies|plaie|atteints par|atteintes par|atteint par|été atteints|blessé|blessés|blessée|blessées|frappé|frappés|frappée|frappées|traces de coups|traces visibles de coups|traces de violences|blessures|bless*|hospitalisé*|en réanimation|entre la vie et la mort|dans un état grave|dans un état critique|transporté* à l hôpital|transporté* vers l hôpital|transporté* aux urgences|conduit* à l hôpital|évacué* vers l hôpital|évacué* à l hôpital|admis à l hôpital|admis aux urgences|admises à l hôpital|admises aux urgences|pris* en charge par les secours|pris* en charge par les pompiers|pris* en charge à l hôpital|pris* en charge|reçu des soins|reçu les premiers soins|centres hospitaliers|centre hospitalier|soigné*|intoxiqué*|commotionné*',
      injured('pred'),
    ),
    ...table(
      'toujours au commissariat|sont au commissariat|encore au commissariat|gardés à vue|gardées à vue|ont emmené|avaient emmené|a emmené|à la brigade|à la prison|en prison|à la prison centrale|à la gendarmerie|encore à la gendarmerie|emmenés par des|emmené par des|à la disposition du parquet|restent à la disposition|emmené* à l hôtel de police|emmenées à l hôtel de police|sous surveillance policière|sous garde policière|sous surveillance de la police|sous mandat de dépôt|mandat de dépôt|libération de nos|libération immédiate de nos|la libération des|libération immédiate des|libérez|libérez nos|libérez les|libérez tous|arrêté|arrêtés|arrêtée|arrêtées|arrêter|arrestation*|interpellé*|interpellation*|détenu|détenus|détenues|détention|détentions|garde à vue|emprisonné*|écroué*|appréhendé*|raflé*|incarcéré*|embarqués|embarqué|menotté*|ramassés|ramassé|retenus|retenues|mis aux arrêts|gardes à vue|placé* en garde à vue|placé* en détention|conduit* au poste|conduit* au commissariat|emmené* au commissariat|emmené* au poste',
      arrested('pred'),
    ),
    ...table(
      'ne figuraient sur aucune|ne figurait sur aucune|ne figuraient sur aucune liste|n apparaissent sur aucune|n apparaissent sur aucune liste|n apparaît sur aucune|ne répondent plus|ne répond plus|ne répondaient plus|arriver à joindre|arrive pas à joindre|arrivent pas à joindre|parvient pas à joindre|parviennent pas à joindre|à la recherche d un proche|à la recherche de leur proche|pu établir le lieu de détention|établir le lieu de détention|ne savaient pas à quel|ne savent pas à quel|ne sait pas à quel|ignorent à quel|ignorait à quel|pas été revus|pas été revues|n ont pas été revus|n ont pas été revues|ne retrouvent|ne retrouvent pas|ne retrouve pas|ne retrouvent ni|à la recherche d un|à la recherche d une|à la recherche de|les cherchent|les cherchent encore|les recherchent|lieu de détention inconnu|lieu de détention inconnue|perdu de vue|perdus de vue|perdue de vue|perdues de vue|cherchons encore|cherchent encore|cherchons toujours|cherchent toujours|ne sont pas rentrés|ne sont pas rentrées|pas rentrés|pas rentrées|ne sont pas revenus|ne sont pas revenues|injoignables|injoignable|pas reparu|n ont pas reparu|pas réapparu|pas revues|pas revus|pas revue|pas revu|arrive à localiser|arrivent à localiser|arrivons à localiser|parvient à localiser|pas été localisés|pas été localisées|pas été localisé|pas été localisée|ignorer où se trouvent|ignore où se trouvent|ignorent où se trouvent|ignorons où se trouvent|ignoraient toujours où|ignoraient où|aucune trace|plus aucune trace|ignorons toujours où|ignorons où|ignore où|ignore toujours où|rechercher toujours|recherchent toujours|recherchons toujours|rechercher|recherchent|recherchons|disparition|disparitions|disparu*|enlevés|enlevées|enlevé|enlevée|ignorent à ce jour où|ignorent toujours où|aucune nouvelle de|aucune nouvelle d|sans nouvelles de|sans nouvelles d|aucune information sur|ne figurent pas parmi|ne figurent sur aucune|ne savent pas où|ne savent toujours pas où|ne sait pas où|ne sait toujours pas où|ignorent le lieu|ignorent où|aucune information|aucune nouvelle|plus signe de vie|pas donné signe de vie|plus donné signe de vie|vers des lieux inconnus|vers un lieu inconnu|vers une destination inconnue|pas été retrouvés|pas été retrouvé|pas été retrouvées|porté* disparu*|sans nouvelles|sans nouvelle|jamais revenu*|jamais réapparu*|introuvable*',
      missing('pred'),
    ),
    ...table(
      'élève|élèves|collégiens|lycéen|commerçants|commerçantes|vendeurs|vendeuses|éleveurs|pêcheurs|marins|travailleur|salarié|salariée|ouvrière|employé|employée|lycéenne|garçons|gamins|filles|marchands|marchandes|marchand|tireurs|creuseurs|chauffeurs de grumiers|fidèles|enseignant|mineur|étudiant|jeune|citoyen|habitant|ouvrier|militant|enfant|personnes|personne|gens|ouvriers|ouvrières|travailleurs|travailleuses|salariés|employés|habitants|résidents|citoyens|civils|jeunes|hommes|femmes|enfants|militants|militantes|syndicalistes|pétroliers|mineurs|étudiants|lycéens|policiers|gendarmes|militaires|soldats|membres|activistes|journalistes|opposants|camarades|individus|agents|autres|dockers|enseignants|enseignantes|infirmières|infirmiers|médecins|agriculteurs|paysans|retraités|chauffeurs|collègues|gars|sympathisants|fonctionnaires|cheminots|routiers|lycéennes|étudiantes|adolescents|mineures|ouvriers agricoles',
      cue('groupNoun'),
    ),
    ...table(
      'raisons|causes|pays|partie|moitié|majorité|tiers|quart|quarts|revendications|bâtiments|véhicules|voitures|tanks|chars|camions|fourgons|balles|cartouches|coups|jours|entreprises|sociétés|exploitations|gisements|villes|villages|sites|points|fois|euros|dollars|tenges|heures|minutes|articles|pages|ans|années|kilomètres|mètres|tonnes|barils|hôpitaux|banques|unités|actions|organisations|partis|tracteurs|radars|péages|entretiens|vidéos|photos|témoignages|conteneurs|tentes|bus|cars|blindés|dinars|ariary|districts|régions|provinces|départements|signatures|rues|routes|armes|matraques|temps|groupes|bandes|chantiers|commerces|magasins|écoles|lycées|universités|facultés|usines|ateliers',
      cue('nonPerson'),
    ),
    // "toutes les personnes arrêtées sont identifiées": everyone is found.
    ...table(
      'sont identifiées|sont identifiés|ont été identifiées|ont été identifiés|sont localisées|sont localisés',
      cue('accounted'),
    ),
    ...table(
      'sur un effectif de|sur un effectif total de|devaient être présentées|devaient être présentés|être présentées|être présentés|seront présentées|seront présentés|à la barre|banc des prévenus|levées|levée|représente|représentent|regroupe|regroupent',
      cue('block'),
    ),
    ...table(
      'présentés au procureur|présentées au procureur|présenté au procureur|présentée au procureur|condamné*|inculpé*|mis en examen|libéré*|relâché*|remis en liberté|remise en liberté|remises en liberté|remis en libertés|présenté au parquet|présentés au parquet|présenté à un juge|présentés à un juge|présentés au juge|présentés à la justice|présentée au parquet|présentées au parquet|déféré*|acquitté*|jugés|jugé|relaxé*|graciés|amnistiés|licencié*|licenciement*',
      cue('block'),
    ),
    ...table('bilan|bilan humain|bilan provisoire|nombre de décès', cue('toll')),
    ...table(
      'n en reconnaît que|n en reconnaît qu|n en reconnaissent que|n en reconnaissent qu|n en admet que|n en admet qu|n en compte que|n en compte qu|en avoir recensé|en a recensé|en ont recensé|en recense|en revendique|en revendiquent|en revendiquait|en dénombre|en dénombrent|en compte|en comptent|en annonce|en annoncent|ce chiffre|ce nombre|le chiffre|ces chiffres|ce total|ce bilan|le nombre|le vrai nombre|le nombre réel|le chiffre réel',
      cue('anaphor'),
    ),
    ...table(
      'il est possible|il est bien possible|possible que|possiblement|probablement|peut-être|il semble|il semblerait|semble-t-il|semblerait-il|apparemment|serait|seraient|aurait|auraient|pourrait|pourraient|présumé|présumés|présumées|soi-disant|non confirmé|non confirmés|non confirmées|vraisemblablement|sans doute|on parle de|on évoque|on craint|craint|craignent|selon certaines sources|selon certaines informations|selon des informations non confirmées|selon des rumeurs|selon plusieurs sources|d après certaines sources|d après certaines informations|de source non confirmée|il se pourrait',
      cue('hedge'),
    ),
    ...table('selon|d après|citant|aux dires de|selon les dires de|de l avis de|de source', cue('source')),
    ...table(
      'parlé de|parlé d|parle d|parlent d|parlait d|parle de|parlent de|parlait de|parlaient de|déclar*|affirm*|annonc*|indiqu*|précisé|précise|reconnu|reconnaît|reconnaissent|admis|admet|admettent|confirm*|accepté|acceptent|rapporte|rapportent|rapporté|signalé|signale|signalent|communiqué|communiquent|estime|estiment|estimé|dit|disent|racont*|témoign*|fait état|font état|faisait état|faisaient état|assure|assurent|assuré|évoque|évoquent|évalué|évalue|chiffre|chiffré|dénombré|compté|recensé',
      cue('speech'),
    ),
    ...table('nié|nie|nient|niait|niaient|niant|démenti|démentent|dément|démentait|contesté', cue('denial')),
    ...table(
      'aucun|aucune|pas de|pas d|pas un seul|pas une seule|personne n|personne ne|zéro|sans faire de|sans faire aucun|sans faire aucune|n y a eu aucun|ni|pas eu de|pas eu d|pas fait de|pas fait d',
      cue('negator'),
    ),
    ...table(
      'en font partie|en faisaient partie|en fait partie|de ce nombre|parmi ce nombre|dont|parmi lesquels|parmi lesquelles|parmi eux|parmi elles|y compris|notamment|parmi les|d entre eux|d entre elles|chez les',
      cue('breakdown'),
    ),
    ...table(
      '%|pour cent|pourcent|nuits|nuit|francs|fcfa|cfa|dirhams|ariary|gourdes|km|kilomètres|kilomètre|mètres|mètre|m|heures|heure|h|minutes|minute|min|secondes|jours|jour|semaines|semaine|mois|ans|an|années|année|euros|euro|dollars|dollar|tenges|tenge|roubles|tonnes|barils|kg|degrés|°|fois|ème|e|er|ère|eme|km/h',
      cue('unit'),
    ),
    ...table(
      'question|article|art|page|p|chapitre|section|numéro|n|no|alinéa|point|€|$|£|№|#|revendication|mesure|porte|quai|bâtiment|bloc|secteur|ligne|salle|atelier|puits|usine|pavillon|cellule',
      cue('prefix'),
    ),
    ...table(
      'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|avr|juil|sept|oct|nov|déc|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|l an|en l an',
      cue('date'),
    ),
    ...table(
      'porte le total à|portant le total à|porte à|portant à|porté|portée|passé|passée|monter|monté|montée|grimper|grimpé|atteint|atteindre|atteignait|s élève|s élevait|s élever|s est alourdi|alourdi|dépasser',
      cue('change'),
    ),
    ...table('mais|tandis que|alors que|cependant|toutefois|pourtant|en revanche|quant à', cue('contrast')),
  ],
  modifiers: [
    ...table(
      'environ|près de|près d|presque|quasiment|à peu près|approximativement|autour de|aux alentours de|quelque|pas loin de|plus ou moins|grosso modo|~|≈|env',
      'approx',
    ),
    ...table(
      'peut-être plus|ou plus|au moins|au minimum|pas moins de|pas moins d|minimum|un minimum de|un minimum d|au bas mot',
      'atLeast',
    ),
    ...table(
      'plus de|plus d|au-delà de|davantage que|dépasse les|dépassé les|dépassait les|dépasserait les|dépasse|dépassé|dépassait|dépasserait|excède|excédé|+ de',
      'moreThan',
    ),
    ...table('jusqu à|au plus|au maximum|jusqu au|tout au plus|pas plus de|pas plus d|guère plus de', 'upTo'),
    ...table('moins de|moins d', 'lessThan'),
    ...table('entre', 'between'),
    ...table('de|d', 'from'),
  ],
  vague: [
    // "l'un d'eux a été transporté", "d'un seul policier blessé": one, said emphatically.
    ...table('l un d eux|l une d elles|l un d entre eux|l une d entre elles|un seul|une seule', vague(1, 1, false)),
    ...table('une dizaine|dizaine', vague(10, 10)),
    ...table('une douzaine|douzaine', vague(12, 12)),
    ...table('une quinzaine', vague(15, 15)),
    ...table('une vingtaine', vague(20, 20)),
    ...table('une trentaine', vague(30, 30)),
    ...table('une quarantaine', vague(40, 40)),
    ...table('une cinquantaine', vague(50, 50)),
    ...table('une soixantaine', vague(60, 60)),
    ...table('une centaine|centaine', vague(100, 100)),
    ...table('un millier|millier', vague(1000, 1000)),
    ...table('des dizaines|dizaines', vague(24)),
    ...table('plusieurs dizaines|quelques dizaines', vague(30)),
    ...table('des centaines|centaines', vague(200)),
    ...table('plusieurs centaines|quelques centaines', vague(300)),
    ...table('des milliers|milliers', vague(2000)),
    ...table('plusieurs milliers|quelques milliers', vague(3000)),
    ...table('un bon millier|un petit millier', vague(1000, 1000)),
    ...table('des dizaines de milliers|dizaines de milliers', vague(20000)),
    ...table('plusieurs dizaines de milliers|quelques dizaines de milliers', vague(30000)),
    ...table('des centaines de milliers|centaines de milliers', vague(200000)),
    ...table('plusieurs centaines de milliers', vague(300000)),
    ...table('des millions', vague(2000000)),
    // "trente et quelques": thirty and a few more.
    ...table('vingt et quelques', vague(20)),
    ...table('trente et quelques', vague(30)),
    ...table('quarante et quelques', vague(40)),
    ...table('cinquante et quelques', vague(50)),
    ...table('soixante et quelques', vague(60)),
    ...table('cent et quelques', vague(100)),
    ...table('plusieurs|quelques', vague(3)),
  ],
  numberWords: {
    ...numberWords(
      'unit',
      'zéro=0 un/une=1 deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf=9 dix=10 onze=11 douze=12 treize=13 quatorze=14 quinze=15 seize=16',
    ),
    ...numberWords(
      'ten',
      'vingt/vingts=20 trente=30 quarante=40 cinquante=50 soixante=60 septante=70 huitante/octante=80 nonante=90',
    ),
    ...numberWords('hundred', 'cent/cents=100'),
    ...numberWords('scale', 'mille=1000 million/millions=1000000'),
  },
  numberJoiners: ['et'],
  scales: { mille: 1000, million: 1_000_000, millions: 1_000_000, k: 1000 },
  maybe: ['peut-être', 'peut être', 'voire'],
  numberWordBlockers: ['l', 'un', 'chaque', 'ni', 'pas'],
  rangeAnd: ['et'],
  rangeTo: ['à', 'a'],
  rangeBare: ['à', 'ou', '-', '–', '—'],
  fillers: ['de', 'd', 'des', 'du', 'à'],
  auxiliaries:
    'a|ont|avait|avaient|aurait|auraient|est|sont|été|étaient|était|ait|aient|soient|soit|seraient|serait|sera|seront|y|eu|déjà|encore|également|aussi|tous|toutes|ensuite|finalement|apparemment|probablement|peut-être|ainsi|alors|bien|se|s|en|ne|n|elles|ils|depuis|par|balle|balles|hier|aujourd|hui|au|total|officiellement'.split(
      '|',
    ),
  clauseWords: 'que|qu|qui|et|mais|ou|car|donc|lorsque|quand|où|dont|si|puisque|tandis|alors|comme'.split('|'),
  speakerTrim:
    'tout|d|abord|ensuite|aussi|également|finalement|enfin|déjà|plus|tard|alors|puis|hier|aujourd|hui|ce|cette|matin|soir|soirée|nuit|après-midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|en|dans|vers|à|au|de|officiellement|pour|sa|leur|part|quant|côté|du|son|ensuite'.split(
      '|',
    ),
  pronouns: 'il|ils|elle|elles|on|nous|vous|je|j|eux|ceux-ci|celle-ci|celui-ci|ces|cela|ce'.split('|'),
  forceNouns:
    'policiers|gendarmes|agents|militaires|soldats|crs|forces|membres des forces de l ordre|gardes|fonctionnaires'.split(
      '|',
    ),
  placePrepositions: ['à', 'au', 'aux', 'en', 'dans', 'près', 'sur'],
  speakerTail: ['eux-mêmes', 'elles-mêmes', 'lui-même', 'elle-même', 'même', 'mêmes'],
  references: table(
    'ces données|ces chiffres|ces informations|cette information|ce bilan|ces bilans|ces éléments|ces nombres',
    true,
  ),
  agents: table(
    'par|auprès de|auprès des|de la part de|de la part des|proviennent de|proviennent des|viennent de|viennent des',
    true,
  ),
};
