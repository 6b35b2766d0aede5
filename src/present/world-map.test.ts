// The solidarity map: markers per city or per country, and labels that hide neither another
// marker nor another label, even in a crowded Europe seen on a map that reaches America.

import { describe, expect, it } from 'vitest';
import { drawSolidarityMap, labelBox, type MapAction, overlaps } from './world-map.js';

const country = (code: string): MapAction => ({ country: code, city: null, lat: null, lon: null });
const city = (code: string, name: string, lat: number, lon: number): MapAction => ({
  country: code,
  city: name,
  lat,
  lon,
});

// The bundled example's actions, and one more city that a reader reported.
const ACTIONS: MapAction[] = [
  city('BE', 'Brussels', 50.8503, 4.3517),
  country('AT'),
  country('DE'),
  country('GB'),
  country('SE'),
  city('UA', 'Odesa', 46.4825, 30.7233),
  city('UA', 'Kyiv', 50.4501, 30.5234),
  city('BE', 'Brussels', 50.8503, 4.3517),
  country('GR'),
  country('IE'),
  country('US'),
  city('PT', 'Lisbonne', 38.7223, -9.1393),
];

const FRENCH: Record<string, string> = {
  AT: 'Autriche',
  DE: 'Allemagne',
  GB: 'Royaume-Uni',
  SE: 'Suède',
  GR: 'Grèce',
  IE: 'Irlande',
  US: 'États-Unis',
};
const labelOf = (m: { country: string; city: string | null; count: number }) =>
  `${m.city ?? FRENCH[m.country] ?? m.country}${m.count > 1 ? ` (${m.count})` : ''}`;

describe('drawSolidarityMap', () => {
  const drawing = drawSolidarityMap(ACTIONS, labelOf);

  it('puts one marker per city and one per country without a city, with its count', () => {
    expect(drawing).not.toBeNull();
    const markers = drawing?.markers ?? [];
    expect(markers).toHaveLength(11);
    expect(markers.find((m) => m.city === 'Brussels')?.count).toBe(2);
    expect(markers.filter((m) => m.country === 'UA').map((m) => m.city)).toEqual(
      expect.arrayContaining(['Kyiv', 'Odesa']),
    );
  });

  it('places every label where it hides no other marker and no other label', () => {
    const markers = drawing?.markers ?? [];
    const boxes = markers.map((m) => labelBox(m.label));
    markers.forEach((marker, i) => {
      markers.forEach((other, j) => {
        if (i === j) return;
        const dot = { x0: other.x - 5, y0: other.y - 5, x1: other.x + 5, y1: other.y + 5 };
        expect(overlaps(boxes[i] as never, dot), `${marker.label.text} hides the marker of ${other.label.text}`).toBe(
          false,
        );
        if (j > i)
          expect(overlaps(boxes[i] as never, boxes[j] as never), `${marker.label.text} / ${other.label.text}`).toBe(
            false,
          );
      });
    });
  });

  it('keeps every label inside the map', () => {
    for (const m of drawing?.markers ?? []) {
      const box = labelBox(m.label);
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(drawing?.width ?? 0);
    }
  });

  it('draws nothing when no action can be placed', () => {
    expect(drawSolidarityMap([country('XX')], labelOf)).toBeNull();
  });
});
