// English words for figures: number words, quantifiers, and the cues that tie a figure to a
// metric, a speaker, a hedge. Data only; the rules are in numbers.ts and metrics.ts.

import { arrested, cue, injured, killed, type Lexicon, missing, numberWords, table, vague } from './lexicon.js';

export const en: Lexicon = {
  cues: [
    ...table(
      'at the peak|at its peak|formed the line|formed a line|formed the picket line|formed a picket line|on the line|on the picket line|came to protest|came out to protest|came to demonstrate|estimate the crowd at|estimated the crowd at|estimates the crowd at|put the crowd at|puts the crowd at|estimate the turnout at|put the turnout at|were at the rally|at the rally|were at the march|were at the protest|at the protest|were at the demonstration|at the demonstration|were at the picket|at the gathering|answered the call|heeded the call|responded to the call|were there|at the picket|to protest against|put it at|puts it at|were on the road|on the road|made the trip|refused to leave|refused to move|pelted|walked|are now outside|are outside|were outside|gathered outside|massed outside|attacked the|broke away and attacked|blocked the|went on strike|go on strike|gone on strike|on strike|stopped work|stopped working|stop work|downed tools|laid down tools|walked out|walked off|walked off the job|joined the strike|joined the protest|joined the protests|joined the walkout|took part|take part|taking part|taken part|gathered|rallied|marched|protested|demonstrated|took to the streets|taken to the streets|struck work|came out|turned out|attended|assembled|picketed|striking|joined|joined a|on the square|clashed with police|fought police|demanding|blocked roads|blocked the roads|blocked the road|blocked streets|burned tyres|burnt tyres|burned tires|erected barricades|set up barricades|manned barricades|in the square|in the streets|on the streets|took to the square|stayed away|stayed off work|stayed home|began a strike|began an indefinite strike|began a hunger strike|started a strike|launched a strike|staged a strike|staged a protest|staged a sit-in|held a rally|followed the strike|joined the sit-in|on hunger strike|drew|attracted|brought together|was attended by|marching|were marching|had been marching|have been marching|camped|had camped|were camped|have camped|camping|thronged|massed|packed|filled|poured into|flooded into|occupied|disperse|dispersed|dispersing|broke up|break up|involved|has involved|have involved|involving|present|were present|in attendance|clashed with|clashing with|faced off with',
      cue('participantPred'),
    ),
    ...table(
      'estimate at|estimates at|numbering|numbered|estimated at|was estimated at|were estimated at',
      cue('countVerb'),
    ),
    ...table(
      'they were only|we were only|attendees|provocateurs|agitators|there were about|turnout|a turnout of|militants|saboteurs|we were|miscreants|hooligans|water protectors|rioters|strikers|striker|protesters|protester|protestors|protestor|demonstrators|demonstrator|marchers|participants|picketers|pickets|of us',
      cue('participantNoun'),
    ),
    ...table(
      'vigil|vigils|crowd|crowds|rally|rallies|protest|protests|demonstration|demonstrations|march|marches|gathering|gatherings|strike|strikes|walkout|picket|sit-in|sit-ins|hunger strike',
      cue('eventNoun'),
    ),
    ...table(
      'victims of gunfire|victims of the shooting|victims of the shootings|victims of shooting|hit by bullets|hit by gunfire|struck by bullets|fatally wounded|mortally wounded|shot and wounded|shot|wounded by gunfire|taken to hospital|taken to the hospital|admitted to hospital|admitted to the hospital|rushed to hospital|rushed to the hospital|hospital treatment|medical treatment|treated for injuries|treated for wounds|treated for gunshot wounds|needed treatment|required treatment|sought medical help|sought medical treatment|received medical assistance|received medical treatment|sustained injuries|suffered injuries|gunshot wounds|treated|treating|hit by|struck by|in critical condition|in serious condition|fighting for their lives|fighting for his life|fighting for her life|in a critical condition|in a serious condition|required stitches|needed stitches|needed medical attention|required medical attention|needed medical care|gas intoxication|tear-gas intoxication|tear gas intoxication|had been admitted|have been admitted|were admitted|in intensive care|in the intensive care unit|in the icu|in icu|on ventilator support|on a ventilator|on ventilators|remain in hospital|remained in hospital|still in hospital|remain hospitalised|remain hospitalized',
      injured('pred'),
    ),
    ...table(
      'body|killings|remains of|the remains of|dead|deaths|death|fatalities|bodies|corpses|victims|victim|lives|martyrs|martyr|casualties among the dead',
      killed('noun'),
    ),
    ...table(
      'lost their life|were buried|was buried|life was lost|lives were lost|single life was lost|were beaten to death|was beaten to death|beaten to death|found dead|were found dead|killed|kill|kills|died|die|dying|shot dead|shot and killed|lost their lives|lost his life|lost her life|perished|slain|murdered|gunned down|killing|executed|massacred|were slaughtered|succumbed|succumbed to their injuries|succumbed to their wounds|succumbed to his injuries|died of their wounds|died of wounds|died of their injuries|died from their injuries|died in hospital',
      killed('pred'),
    ),
    ...table(
      'in the surgical icu|in surgical icu|admissions|taken away by ambulance|taken by ambulance|by ambulance|ambulance took|ambulances took|assessed|were assessed|got crushed|conveyed to hospital|conveyed to the hospital|attended to|were referred to|referred to|conveyed|casualty count|the casualty count|seen by our school nurse|seen by the school nurse|seen by the nurse|seen by a nurse|seen by nurses|seen by medics|seen by paramedics|seen by doctors|seen by a doctor|injured|injure|injures|harmed|seen at the accident and emergency department|seen at accident and emergency|seen at the emergency department|been admitted|remain admitted|admitted overnight|remain on the surgical ward|on the surgical ward|went to hospital|taken to the emergency unit|received treatment at|among those treated|among the injured|among those injured|among the wounded|patched up|struck with batons|beaten with batons|received treatment|were treated|attended hospital|attended hospitals|attended public hospitals|attended the hospital|to hospitals|to hospital|wound|wounds|wounded|hurt|injuries|injury|hospitalised|hospitalized|wounding|injuring|in hospital|beaten|beaten up|were beaten|assaulted|bleeding|remained admitted|still admitted',
      injured('pred'),
    ),
    ...table(
      'were booked|booked|secured|were lifted|lifted|at central police station|still at the police station|at the police station|at police stations|were held|was held|are held|are being held|in the prison|in prison|still in prison|names for|has names for|have names for|holds names for|has the names of|have the names of|in police pick-ups|into police pick-ups|in police vehicles|into police vehicles|remained in remand prison|in remand prison|remand prison|in remand|invited for questioning|taken for questioning|held for questioning|detained for questioning|in the lock-up|police station lock-up|into the trucks|into trucks|into police trucks|into the truck|into police vans|into the vans|into vans|into a van|into the van|into a police van|were held beyond|held beyond|taken to the police station|taken to police stations|taken to a police station|placed under arrest|held for|under police guard|under arrest|held overnight|free all|free the|free our|in the cells|still in the cells|in cells|arrested|arrests|arrest|detain|detains|detained|detention|detainees|detainee|taken into custody|in custody|custody|jailed|imprisoned|rounded up|apprehended|taken in|picked up|detaining|arresting|held in detention|held in custody|held by police|behind bars|being held|held incommunicado|still held|still being held|taken away in|taken away by|led away by|hauled away by|hauled off by|bundled|bundled into|bundled away|taken by police|taken by the police|picked up by police|remanded|remanded in custody|remain in custody|remain in detention|detentions|grabbed|grabbed by|took in|take in|takes in|taking in',
      arrested('pred'),
    ),
    ...table(
      'without finding them|without finding him|without finding her|no record of them|no record of him|no record of her|no contact with|still no contact with|not been able to locate|not able to locate|not been able to find|not able to find|not been able to trace|not been able to reach|can t be found|cannot be found|could not be found|not on our list|not on the list|can t reach|cannot account for|can not account for|could not account for|nobody is telling where|no one is telling where|hadn t heard from|hasn t heard from|whereabouts of|the whereabouts of|not accounted for|haven t been heard from|hasn t been heard from|haven t been seen|hasn t been seen|no one has seen|nobody has seen|no one had seen|not on any list|are not on any list|place of detention unknown|whereabouts not known|know which station|knows which station|lost contact with|have lost contact with|has lost contact with|lost touch with|not answering|not answering their phones|still not found|not found|missing|disappeared|abducted|were abducted|have been abducted|looking for|searching for|still searching for|remain unknown|remains unknown|remained unknown|still unknown|have not been found|has not been found|had not been found|not been found|cannot find them|can not find them|could not find them|cannot find him|unable to find|unable to trace|cannot trace|could not trace|unable to learn whether|unable to learn where|no information about|no information on|no news of|no word from|do not know where|does not know where|don t know where|did not know where|to an unknown location|to unknown locations|unaccounted for|unaccounted|whereabouts unknown|vanished|went missing|gone missing|unable to locate|could not locate|cannot locate|have not been heard from|has not been heard from|had not been heard from|not been heard from|has not been seen since|have not been seen since|had not been seen since|not been seen since|never came back|never returned|never returned home|can t find|cannot find|can not find|could not find|couldn t find|have not heard from|has not heard from|had not heard from|haven t heard from|not heard from|not been located|could not be located|cannot be located|can not be located|have not come home|has not come home|not come home|did not come home|never came home|nobody will say where|no one will say where|will not say where|won t say where|trying to locate|still trying to locate|cannot reach|can not reach|could not reach|unable to reach|trying to reach|still trying to reach|can t locate|not been told where|missing-person|missing-persons|not being held there|were not being held|not being held|asking where|asked where|being told where|not traced|have not seen them since|not seen them since|still trying to trace|trying to trace|find out where|trying to find out where|to learn where|failing to learn where|heard nothing from|have heard nothing|heard nothing|not told where|have not been located|has not been located|had not been located',
      missing('pred'),
    ),
    ...table(
      'folk|karigars|fishermen|fisherfolk|fishers|people|persons|person|workers|residents|citizens|citizen|minor|teacher|nurse|doctor|farmer|civilians|men|women|children|youths|activists|employees|miners|students|police|policemen|police officers|officers|soldiers|members|journalists|inhabitants|individuals|oilmen|oil workers|staff|others|locals|villagers|trade unionists|unionists|opposition supporters|supporters|bystanders|family members|relatives|teachers|nurses|doctors|dockers|dock workers|dockworkers|farmers|pensioners|drivers|minors|juveniles|teenagers|pupils|schoolchildren|steelworkers|mineworkers|coal miners|factory workers|textile workers|garment workers|girls|boys|colleagues|comrades|tenants|traders|vendors|labourers|laborers|peasants|sympathisers|sympathizers|tappers|ppl|guys|volunteers|patients|patient|man|woman|boy|girl|worker|student|child|teenager|youth|resident|journalist|activist|miner|officer|policeman|soldier|driver|civilian',
      cue('groupNoun'),
    ),
    ...table(
      'reasons|causes|requests|calls|inquiries|complaints|countries|demands|buildings|vehicles|cars|tanks|trucks|vans|bullets|rounds|shots|days|companies|firms|fields|oil fields|cities|towns|villages|sites|times|hours|points|articles|pages|years|hospitals|banks|units|actions|organisations|organizations|parties|websites|dollars|euros|tenge|kilometres|kilometers|miles|barrels|tonnes|tons|percent|districts|regions|provinces|interviews|videos|photographs|photos|tents|buses|minibuses|tractors|operations|hectares|containers|shot was fired|shots were fired|shots fired|shot fired|single shot|warning shots|rubber bullets|guns|weapons|batons|pistols|rifles|signatures|streets|roads|factories|plants|mills|posts|mobile posts|forces|other forces|brigades|stations|schools|universities|colleges|campuses|hospital|clinic|quarters|quarter|thirds|counties|county|states|municipalities|wards|constituencies',
      cue('nonPerson'),
    ),
    ...table(
      'sentences|sentence|terminated the engagement of|terminated|were terminated|filed a case against|filed cases against|filed a case|case against|among our patients|were found among|granted police bail|granted bail|released on bail|on bail|represents|which represents|were found|was found|have been found|had been found|named suspects|were named suspects|named as suspects|interviewed|we interviewed|sentenced|convicted|charged|arraigned|released|freed|acquitted|set free|pardoned|indicted|found guilty|tried|located|traced|laid off|dismissed|sacked',
      cue('block'),
    ),
    ...table('anyone|anybody', cue('negatorAfter')),
    // "Every person detained has been accounted for": no one is missing.
    ...table('accounted for', cue('accounted')),
    ...table('toll|death toll|body count|casualty toll|the dead numbered|the toll at|the death toll at', cue('toll')),
    ...table(
      'the figure of|this figure|that figure|the figure|this number|these figures|the tally|the count|that number|the total|the number|the true number|the real number|the actual number|the real figure|the true figure|the number at|the figure at',
      cue('anaphor'),
    ),
    ...table(
      'reportedly|allegedly|alleged|possibly|it is possible|it was possible|it is possible that|possible|probably|likely|may|might|could|perhaps|maybe|apparently|seemingly|seems|seem|seemed|appears|appear|feared|fear|fears|believed|thought to|said to|reported to|were reported|was reported|are reported|is reported|it is reported|unconfirmed|rumoured|rumored|according to some reports|according to unconfirmed reports|according to some sources|according to unofficial|according to rumours|according to rumors|there are reports|there were reports|reports suggest|suspected to',
      cue('hedge'),
    ),
    ...table('according to|citing|quoting|as reported by|in the words of|per', cue('source')),
    ...table(
      'spoken of|spoke of|speak of|speaks of|talked of|talks of|reckon|reckons|reckoned|claiming|saying|said|says|say|told|tells|reported|announced|claimed|claims|claim|confirmed|confirms|confirm|admitted|admits|admit|acknowledged|acknowledges|stated|states|estimated|estimates|estimate|counted|added|wrote|tweeted|posted|insisted|put|gave a toll|gave a figure|reports|recorded|registered|tallied|listed|conceded|concedes',
      cue('speech'),
    ),
    ...table('denied|denies|deny|denying|rejected reports of|dismissed reports of', cue('denial')),
    ...table(
      'no record of any|not aware of any|not caused a single|not cause a single|no|no one|nobody|none|not a single|not one|zero|without any|without',
      cue('negator'),
    ),
    ...table(
      'of this number|of that number|including|of whom|of them|among them|among whom|among those|incl|including at least|among the',
      cue('breakdown'),
    ),
    ...table(
      '%|percent|per cent|nights|night|taka|rupees|naira|shillings|pesos|rand|kyat|riel|francs|dinars|lari|som|hryvnias|km|kilometres|kilometers|kilometre|kilometer|miles|mile|metres|meters|metre|meter|m|hours|hour|hrs|h|minutes|minute|min|mins|seconds|days|day|weeks|week|months|month|years|year|yrs|year-old|years-old|dollars|dollar|usd|euros|euro|eur|pounds|tenge|kzt|roubles|rubles|tonnes|tons|barrels|bbl|kg|degrees|°|o|clock|am|pm|a|p|th|st|nd|rd|times|x|pits|mines|collieries|plants|factories|jobs|shifts|cars|vehicles|buses|trucks|shots|rounds|canisters|hospitals|organizations|organisations|groups|cities|towns|villages|countries|branches|sites|stores|shops',
      cue('unit'),
    ),
    ...table(
      'question|q|grade|class|article|section|chapter|page|p|no|number|#|$|€|£|₹|rs|tk|ksh|₦|№|us$|route|tel|phone|room|paragraph|item|point|demand|aged|age|ages|as young as|as old as|as young|channel|flight|road|highway|gate|door|platform|ward|block|sector|building|shaft|precinct|hall|terminal|pier|berth|checkpoint|factory|plant|line|bus|zone|camp|cell',
      cue('prefix'),
    ),
    ...table(
      'january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|in the year',
      cue('date'),
    ),
    ...table(
      'rose|risen|rise|rises|rising|grown|climbed|climb|climbs|climbing|reached|reach|reaches|reaching|stood|stands|stand|jumped|jumps|increased|increases|went up|gone up|grew|grows|hit|hits|mounted|mounts|soared|up from|down from',
      cue('change'),
    ),
    ...table('but|however|while|whereas|although|though|yet|meanwhile', cue('contrast')),
  ],
  modifiers: [
    ...table(
      'nearer|nearer to|about|around|approximately|roughly|some|nearly|almost|close to|closer to|circa|c|an estimated|estimated|~|≈|approx|more or less|or so',
      'approx',
    ),
    ...table(
      'at least|no fewer than|no less than|a minimum of|not less than|not fewer than|maybe more|perhaps more|or more',
      'atLeast',
    ),
    ...table(
      'more than|over|upwards of|in excess of|exceeding|exceeded|topped|surpassed|passed|well over|well above|above',
      'moreThan',
    ),
    ...table('up to|as many as|as high as|at most|a maximum of|no more than|not more than', 'upTo'),
    ...table('fewer than|less than|under|below', 'lessThan'),
    ...table('between', 'between'),
    ...table('from', 'from'),
  ],
  vague: [
    ...table('a dozen|dozen', vague(10, 10)),
    ...table('dozens', vague(24)),
    ...table('several dozen|a few dozen|several dozens', vague(30)),
    ...table('scores', vague(40)),
    ...table('a hundred or so', vague(100, 100)),
    ...table('hundreds', vague(200)),
    ...table('several hundred|a few hundred|several hundreds', vague(300)),
    ...table('thousands', vague(2000)),
    ...table('several thousand|a few thousand|several thousands', vague(3000)),
    ...table('tens of thousands', vague(20000)),
    ...table('hundreds of thousands', vague(200000)),
    ...table('millions', vague(2000000)),
    ...table('several|a few|a handful of', vague(3)),
  ],
  numberWords: {
    ...numberWords(
      'unit',
      'zero=0 a/an/one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19',
    ),
    ...numberWords('ten', 'twenty=20 thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90'),
    ...numberWords('hundred', 'hundred=100'),
    ...numberWords('scale', 'thousand=1000 million=1000000 lakh/lakhs=100000'),
  },
  numberJoiners: ['and'],
  scales: {
    thousand: 1000,
    million: 1_000_000,
    lakh: 100_000,
    lakhs: 100_000,
    crore: 10_000_000,
    k: 1000,
    m: 1_000_000,
    mln: 1_000_000,
  },
  maybe: ['maybe', 'perhaps', 'possibly', 'even'],
  numberWordBlockers: ['no', 'any', 'every', 'each', 'the', 'this', 'someone', 'anyone', 'not'],
  oneBlockers: ['that', 'which'],
  rangeAnd: ['and'],
  rangeTo: ['to', '-', '–'],
  rangeBare: ['to', 'or', '-', '–', '—'],
  fillers: ['of', 'the', 'them'],
  auxiliaries:
    'were|was|have|has|had|been|be|being|are|is|again|reportedly|allegedly|also|all|later|then|reported|said|believed|thought|feared|to|now|since|already|subsequently|eventually|either|officially|initially|in|total|confirmed|so|far|far|were|badly|seriously|critically|lightly|slightly|fatally|later|probably|likely|may|might|could|have|been'.split(
      '|',
    ),
  clauseWords: 'that|who|which|and|but|or|while|when|as|because|if|where|after|before|whom|whose'.split('|'),
  speakerTrim:
    'first|also|later|then|initially|finally|subsequently|earlier|yesterday|today|on|in|at|late|early|friday|saturday|sunday|monday|tuesday|wednesday|thursday|morning|evening|night|afternoon|officially|however|meanwhile|day|by|this|last'.split(
      '|',
    ),
  pronouns: 'he|she|it|they|we|i|you|them|this|that|these|those'.split('|'),
  forceNouns:
    'police|policemen|officers|police officers|deputies|troopers|troops|soldiers|gendarmes|guards|riot police|security forces|agents|paramilitaries|marines|commandos'.split(
      '|',
    ),
  placePrepositions: ['in', 'at', 'near', 'outside', 'inside'],
  speakerTail: ['themselves', 'himself', 'herself', 'itself'],
  references: table(
    'these figures|this figure|the figure|that figure|these numbers|this information|these data|this toll|the figures|this data|the numbers|these counts|this count|this tally|these reports',
    true,
  ),
  agents: table('by|from|came from|come from|comes from|were given by|was given by|were provided by', true),
};
