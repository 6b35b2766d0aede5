// Public face of the extraction engine: text in, proposed claims out.

export { extractClaims } from './extract.js';
export { formatFigure } from './format.js';
export { detectLanguage } from './language.js';
export { isKnownTimeZone } from './time.js';
export type { ExtractOptions, ExtractReference, ExtractResult, Lang, ProposedClaim } from './types.js';
export { LANGS } from './types.js';
