// Marks every token with the cue phrase that covers it (greedy, longest phrase first), once,
// so that later steps look cues up in constant time instead of re-reading words.

import { type Cue, type Lexicon, PhraseMatcher } from './lexicon.js';
import { type Segments, segment } from './segments.js';
import { type Token, tokenize } from './tokens.js';

export interface CueSpan {
  cue: Cue;
  start: number;
  end: number;
}

export interface Annotated {
  text: string;
  tokens: Token[];
  seg: Segments;
  /** The cue phrase covering each token, or null. */
  cover: Array<CueSpan | null>;
  lex: Lexicon;
  sets: WordSets;
}

/** Closed word classes of a lexicon as sets, built once per language. */
export interface WordSets {
  fillers: Set<string>;
  auxiliaries: Set<string>;
  clauseWords: Set<string>;
  speakerTrim: Set<string>;
  pronouns: Set<string>;
  forceNouns: Set<string>;
  placePrepositions: Set<string>;
  speakerTail: Set<string>;
}

const compiled = new WeakMap<Lexicon, { cues: PhraseMatcher<Cue>; sets: WordSets }>();

export function compile(lex: Lexicon): { cues: PhraseMatcher<Cue>; sets: WordSets } {
  let found = compiled.get(lex);
  if (found === undefined) {
    found = {
      cues: new PhraseMatcher(lex.cues),
      sets: {
        fillers: new Set(lex.fillers),
        auxiliaries: new Set(lex.auxiliaries),
        clauseWords: new Set(lex.clauseWords),
        speakerTrim: new Set(lex.speakerTrim),
        pronouns: new Set(lex.pronouns),
        forceNouns: new Set(lex.forceNouns),
        placePrepositions: new Set(lex.placePrepositions),
        speakerTail: new Set(lex.speakerTail),
      },
    };
    compiled.set(lex, found);
  }
  return found;
}

export function annotate(text: string, lex: Lexicon): Annotated {
  const tokens = tokenize(text);
  const seg = segment(tokens);
  const { cues, sets } = compile(lex);
  const cover: Array<CueSpan | null> = new Array(tokens.length).fill(null);
  let i = 0;
  while (i < tokens.length) {
    const m = cues.matchAt(tokens, i);
    // A phrase never runs across a sentence end.
    if (m !== null && seg.sentenceOf[m.end - 1] === seg.sentenceOf[i]) {
      const span: CueSpan = { cue: m.value, start: m.start, end: m.end };
      for (let k = m.start; k < m.end; k++) cover[k] = span;
      i = m.end;
    } else {
      i++;
    }
  }
  return { text, tokens, seg, cover, lex, sets };
}
