// The map of solidarity actions as SVG path data: countries where actions took place shaded,
// a marker per city (or per country when no city was placed) with the number of actions there.
// Natural Earth land (world-atlas, 1:110m) projected with d3-geo on the server, framed on the
// actions, and written compactly: whole pixels, relative moves, points closer than a pixel and a
// half dropped, specks left out. Solidarity often spans oceans; the page must stay light.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type GeoContext, geoCentroid, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface MapAction {
  country: string;
  city: string | null;
  lat: number | null;
  lon: number | null;
}

export interface WorldMarker {
  x: number;
  y: number;
  country: string;
  /** Null for a marker standing for a whole country (actions with no placed city). */
  city: string | null;
  count: number;
  /** The marker's name as the reader reads it, placed where it hides no other. */
  label: { text: string; x: number; y: number; anchor: 'start' | 'end' | 'middle' };
}

export interface WorldMapDrawing {
  width: number;
  height: number;
  land: string;
  /** The countries where actions took place. */
  shaded: string;
  markers: WorldMarker[];
}

// world-atlas names countries in English, sometimes shortened; Intl names them in full.
const ATLAS_NAMES: Record<string, string> = {
  US: 'United States of America',
  TR: 'Turkey',
  BA: 'Bosnia and Herz.',
  CD: 'Dem. Rep. Congo',
  CG: 'Congo',
  CF: 'Central African Rep.',
  CI: "Côte d'Ivoire",
  CV: 'Cabo Verde',
  DO: 'Dominican Rep.',
  GQ: 'Eq. Guinea',
  MK: 'Macedonia',
  MM: 'Myanmar',
  PS: 'Palestine',
  SS: 'S. Sudan',
  SZ: 'eSwatini',
  EH: 'W. Sahara',
  HK: 'Hong Kong',
  MO: 'Macao',
  TT: 'Trinidad and Tobago',
  AG: 'Antigua and Barb.',
  KN: 'St. Kitts and Nevis',
  LC: 'Saint Lucia',
  VC: 'St. Vin. and Gren.',
  ST: 'São Tomé and Principe',
  SB: 'Solomon Is.',
  MH: 'Marshall Is.',
  FK: 'Falkland Is.',
  FO: 'Faeroe Is.',
  VA: 'Vatican',
};

let world: { countries: Map<string, Feature>; land: MultiPolygon } | null = null;

function loadWorld() {
  if (!world) {
    const require = createRequire(import.meta.url);
    const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{
      countries: GeometryCollection;
    }>;
    const all = feature(topology, topology.objects.countries) as FeatureCollection;
    const countries = new Map<string, Feature>();
    for (const f of all.features) countries.set(String(f.properties?.name ?? ''), f);
    world = { countries, land: merge(topology, topology.objects.countries.geometries as never) };
  }
  return world;
}

const englishRegions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** The country's outline, found by its ISO code; null for a territory the atlas does not draw. */
export function countryFeature(code: string): Feature | null {
  const { countries } = loadWorld();
  const name = ATLAS_NAMES[code] ?? englishRegions.of(code) ?? '';
  return countries.get(name) ?? null;
}

/** At least this much around the actions, in degrees, so one city still shows its country. */
const MIN_SPAN = { lon: 24, lat: 14 };

/** Rough width of a character of a label (13px, semi-bold): enough to keep labels apart. */
const CHAR_WIDTH = 8.5;
const LABEL_HEIGHT = 14;
/** Rounds of moving labels that still hide something, once every label has a place. */
const REPAIR_ROUNDS = 6;
/** Up to this many markers, a label may also push another aside (the search grows as n³). */
const ROOM_SEARCH_LIMIT = 40;

export type Box = { x0: number; y0: number; x1: number; y1: number };
type Placement = { label: WorldMarker['label']; box: Box };
export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The room a label takes on the map, by the rough size of its text. */
export function labelBox(label: WorldMarker['label']): Box {
  const w = label.text.length * CHAR_WIDTH;
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
  return { x0, y0: label.y - LABEL_HEIGHT + 1, x1: x0 + w, y1: label.y + 1 };
}

/** Right, left, above, below, then the four slants: where a label may go around its marker. */
function placesAround(m: { x: number; y: number }, text: string): Placement[] {
  const at = (x: number, y: number, anchor: WorldMarker['label']['anchor']): Placement => {
    const label = { text, x, y, anchor };
    return { label, box: labelBox(label) };
  };
  return [
    at(m.x + 8, m.y + 4, 'start'),
    at(m.x - 8, m.y + 4, 'end'),
    at(m.x, m.y - 9, 'middle'),
    at(m.x, m.y + 18, 'middle'),
    at(m.x + 5, m.y - 8, 'start'),
    at(m.x + 5, m.y + 17, 'start'),
    at(m.x - 5, m.y - 8, 'end'),
    at(m.x - 5, m.y + 17, 'end'),
  ];
}

/**
 * Puts each label beside its marker where it hides no other marker or label. Labels are placed
 * in order (the most actions first), then those that still hide something are moved again while
 * that helps: in a crowded Europe the first free-looking place of an early label is often the
 * only place of a later one.
 */
function placeLabels(
  markers: Omit<WorldMarker, 'label'>[],
  texts: string[],
  width: number,
  height: number,
): WorldMarker['label'][] {
  const dots: Box[] = markers.map((m) => ({ x0: m.x - 5, y0: m.y - 5, x1: m.x + 5, y1: m.y + 5 }));
  const inside = (b: Box) => b.x0 >= 0 && b.x1 <= width && b.y0 >= 0 && b.y1 <= height;
  const options = markers.map((m, i) => {
    const all = placesAround(m, texts[i] ?? '');
    const fitting = all.filter((p) => inside(p.box));
    return fitting.length > 0 ? fitting : all;
  });
  const chosen: (Placement | null)[] = markers.map(() => null);
  const hidden = (i: number, p: Placement) =>
    dots.filter((d, j) => j !== i && overlaps(d, p.box)).length +
    chosen.filter((other, j) => j !== i && other !== null && overlaps(other.box, p.box)).length;
  const best = (i: number) => (options[i] as Placement[]).reduce((a, b) => (hidden(i, b) < hidden(i, a) ? b : a));
  for (let i = 0; i < markers.length; i++) chosen[i] = best(i);
  for (let round = 0; round < REPAIR_ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < markers.length; i++) {
      const current = chosen[i] as Placement;
      const better = best(i);
      if (hidden(i, better) < hidden(i, current)) {
        chosen[i] = better;
        moved = true;
      } else if (markers.length <= ROOM_SEARCH_LIMIT && hidden(i, current) > 0 && makeRoom(i)) {
        moved = true;
      }
    }
    if (!moved) break;
  }
  return chosen.map((p) => (p as Placement).label);

  /** Moves label i to a place another label holds, and that label to a place of its own, when the two hide less. */
  function makeRoom(i: number): boolean {
    const before = hidden(i, chosen[i] as Placement);
    for (const place of options[i] as Placement[]) {
      for (let j = 0; j < markers.length; j++) {
        const held = chosen[j];
        if (j === i || held == null || !overlaps(held.box, place.box)) continue;
        const saved = { i: chosen[i] as Placement, j: held };
        const costBefore = before + hidden(j, held) - (overlaps(saved.i.box, held.box) ? 1 : 0);
        chosen[i] = place;
        for (const elsewhere of options[j] as Placement[]) {
          chosen[j] = elsewhere;
          const costAfter = hidden(i, place) + hidden(j, elsewhere) - (overlaps(place.box, elsewhere.box) ? 1 : 0);
          if (costAfter < costBefore) return true;
        }
        chosen[i] = saved.i;
        chosen[j] = saved.j;
      }
    }
    return false;
  }
}

export function drawSolidarityMap(
  actions: readonly MapAction[],
  labelOf: (marker: { country: string; city: string | null; count: number }) => string,
  width = 640,
  height = 360,
): WorldMapDrawing | null {
  // One point per city that has coordinates, else one per country, each with its count.
  const points = new Map<string, { lon: number; lat: number; country: string; city: string | null; count: number }>();
  for (const action of actions) {
    const placed = action.lat !== null && action.lon !== null;
    const key = placed ? `${action.country}|${action.city ?? ''}` : action.country;
    const found = points.get(key);
    if (found) {
      found.count += 1;
      continue;
    }
    let lon = action.lon;
    let lat = action.lat;
    if (lon === null || lat === null) {
      const outline = countryFeature(action.country);
      if (!outline) continue;
      [lon, lat] = geoCentroid(outline);
    }
    points.set(key, { lon, lat, country: action.country, city: placed ? action.city : null, count: 1 });
  }
  if (points.size === 0) return null;

  const list = [...points.values()];
  const lons = list.map((p) => p.lon);
  const lats = list.map((p) => p.lat);
  const centre = { lon: (Math.min(...lons) + Math.max(...lons)) / 2, lat: (Math.min(...lats) + Math.max(...lats)) / 2 };
  const halfLon = Math.max((Math.max(...lons) - Math.min(...lons)) * 0.6, MIN_SPAN.lon / 2);
  const halfLat = Math.max((Math.max(...lats) - Math.min(...lats)) * 0.6, MIN_SPAN.lat / 2);
  const frame = {
    type: 'MultiPoint' as const,
    coordinates: [
      [Math.max(centre.lon - halfLon, -180), Math.max(centre.lat - halfLat, -75)],
      [Math.min(centre.lon + halfLon, 180), Math.min(centre.lat + halfLat, 80)],
    ],
  };
  const projection = geoMercator()
    .fitExtent(
      [
        [16, 16],
        [width - 16, height - 16],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const draw = (object: Parameters<ReturnType<typeof geoPath>>[0]) => {
    const context = new CompactPath();
    geoPath(projection, context)(object);
    return context.result();
  };
  const { land } = loadWorld();
  const shadedFeatures = [...new Set(actions.map((a) => a.country))].flatMap((code) => {
    const outline = countryFeature(code);
    return outline ? [outline] : [];
  });

  const markers: Omit<WorldMarker, 'label'>[] = [];
  for (const point of list) {
    const projected = projection([point.lon, point.lat]);
    if (!projected) continue;
    markers.push({
      x: Math.round(projected[0] * 10) / 10,
      y: Math.round(projected[1] * 10) / 10,
      country: point.country,
      city: point.city,
      count: point.count,
    });
  }
  // Labels of the most actions are placed first, so they get the best places.
  markers.sort((a, b) => b.count - a.count || a.x - b.x);
  const labels = placeLabels(markers, markers.map(labelOf), width, height);
  return {
    width,
    height,
    land: draw(land),
    shaded: draw({ type: 'FeatureCollection', features: shadedFeatures }),
    markers: markers.map((m, i) => ({ ...m, label: labels[i] as WorldMarker['label'] })),
  };
}

/** Actions per country, most first, then by code: the table beside the map. */
export function countsByCountry(actions: readonly { country: string }[]): { country: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of actions) counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
  return [...counts]
    .map(([country, count]) => ({ country, count }))
    .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country));
}

/**
 * A d3-geo path context that writes small SVG path data: whole pixels, relative line-tos, points
 * closer than `tolerance` to the last one dropped, and rings smaller than `speck` left out.
 */
class CompactPath implements GeoContext {
  private readonly out: string[] = [];
  private ring: [number, number][] = [];
  private closed = false;

  constructor(
    private readonly tolerance = 1.5,
    private readonly speck = 2.5,
  ) {}

  beginPath(): void {
    this.flush();
  }

  moveTo(x: number, y: number): void {
    this.flush();
    this.ring = [[Math.round(x), Math.round(y)]];
  }

  lineTo(x: number, y: number): void {
    const last = this.ring[this.ring.length - 1];
    const point: [number, number] = [Math.round(x), Math.round(y)];
    if (last && Math.hypot(point[0] - last[0], point[1] - last[1]) < this.tolerance) return;
    this.ring.push(point);
  }

  closePath(): void {
    this.closed = true;
    this.flush();
  }

  arc(): void {
    // Only points are drawn with arcs; this map draws none.
  }

  private flush(): void {
    const ring = this.ring;
    this.ring = [];
    const closed = this.closed;
    this.closed = false;
    if (ring.length < 2) return;
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    if (Math.max(...xs) - Math.min(...xs) < this.speck && Math.max(...ys) - Math.min(...ys) < this.speck) return;
    const [first, ...rest] = ring as [[number, number], ...[number, number][]];
    let text = `M${first[0]},${first[1]}`;
    let previous = first;
    for (const point of rest) {
      text += `l${point[0] - previous[0]},${point[1] - previous[1]}`;
      previous = point;
    }
    this.out.push(closed ? `${text}z` : text);
  }

  result(): string {
    this.flush();
    return this.out.join('');
  }
}
