// A report's verbatim text, with the words of each claim marked where they stand in it.
import type { PublicClaim } from '../../present/public-incident.js';

export function SourceText({ text, lang, claims = [] }: { text: string; lang: string; claims?: PublicClaim[] }) {
  const marks = [...claims]
    .filter((c) => c.quoteStart >= 0 && c.quoteEnd <= text.length && text.slice(c.quoteStart, c.quoteEnd) === c.quote)
    .sort((a, b) => a.quoteStart - b.quoteStart);
  const pieces = [];
  let cursor = 0;
  for (const claim of marks) {
    if (claim.quoteStart < cursor) continue; // overlapping quotes: the first one is marked
    pieces.push(text.slice(cursor, claim.quoteStart));
    pieces.push(
      <mark id={`q-${claim.id}`} key={claim.id}>
        {claim.quote}
      </mark>,
    );
    cursor = claim.quoteEnd;
  }
  pieces.push(text.slice(cursor));
  return (
    <div class="verbatim" lang={lang}>
      {pieces}
    </div>
  );
}
