// The map of an incident's places as SVG path data: Natural Earth borders (world-atlas) projected
// with d3-geo, zoomed to the places with some land around them for context, and clipped to the
// frame so only what shows is sent. Drawn on the server: no tiles, no third-party request.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface MapPlace {
  key: string;
  lat: number;
  lon: number;
}

export interface MapMarker {
  x: number;
  y: number;
  /** Places drawn at one point because they stand too close to tell apart at this scale. */
  keys: string[];
}

export interface MapDrawing {
  width: number;
  height: number;
  land: string;
  borders: string;
  markers: MapMarker[];
}

let world: { countries: FeatureCollection; borders: MultiLineString } | null = null;

function loadWorld() {
  if (!world) {
    const require = createRequire(import.meta.url);
    const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
      countries: GeometryCollection;
    }>;
    world = {
      countries: feature(topology, topology.objects.countries) as FeatureCollection,
      borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
    };
  }
  return world;
}

/** At least this much around the places, in degrees, so a single town still shows its region. */
const MIN_SPAN = { lon: 5, lat: 3.5 };
const MERGE_DISTANCE = 14;

export function drawPlacesMap(places: readonly MapPlace[], width = 600, height = 340): MapDrawing | null {
  if (places.length === 0) return null;
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  const centre = { lon: (Math.min(...lons) + Math.max(...lons)) / 2, lat: (Math.min(...lats) + Math.max(...lats)) / 2 };
  const halfLon = Math.max((Math.max(...lons) - Math.min(...lons)) * 0.65, MIN_SPAN.lon / 2);
  const halfLat = Math.max((Math.max(...lats) - Math.min(...lats)) * 0.65, MIN_SPAN.lat / 2);
  const frame = {
    type: 'MultiPoint' as const,
    coordinates: [
      [centre.lon - halfLon, Math.max(centre.lat - halfLat, -80)],
      [centre.lon + halfLon, Math.min(centre.lat + halfLat, 80)],
    ],
  };
  const projection = geoMercator()
    .fitExtent(
      [
        [10, 10],
        [width - 10, height - 10],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection).digits(0);
  const { countries, borders } = loadWorld();

  const markers: MapMarker[] = [];
  for (const place of places) {
    const point = projection([place.lon, place.lat]);
    if (!point) continue;
    const [x, y] = point;
    const near = markers.find((m) => Math.hypot(m.x - x, m.y - y) < MERGE_DISTANCE);
    if (near) near.keys.push(place.key);
    else markers.push({ x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, keys: [place.key] });
  }
  return { width, height, land: path(countries) ?? '', borders: path(borders) ?? '', markers };
}
