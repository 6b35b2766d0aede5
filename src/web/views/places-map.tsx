// The map of an incident's places, inline SVG styled by the stylesheet. The table beside it names
// every place with its coordinates, so the map adds context and hides nothing.
import { drawPlacesMap } from '../../present/map.js';
import type { PublicPlace } from '../../present/public-incident.js';
import { usePage } from './page-context.js';
import { placeLanguage } from './places-section.js';

export function PlacesMap({ places }: { places: PublicPlace[] }) {
  const { tr } = usePage();
  const drawing = drawPlacesMap(places);
  if (!drawing) return null;
  const byKey = new Map(places.map((p) => [p.key, p]));
  return (
    <figure class="map">
      <svg
        viewBox={`0 0 ${drawing.width} ${drawing.height}`}
        role="img"
        aria-labelledby="map-title map-desc"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id="map-title">{tr.t('places.mapTitle')}</title>
        <desc id="map-desc">{tr.t('places.mapDesc', { count: places.length })}</desc>
        <rect class="water" width={drawing.width} height={drawing.height} />
        <path class="land" d={drawing.land} />
        <path class="borders" d={drawing.borders} />
        {drawing.markers.map((marker) => {
          const first = byKey.get(marker.keys[0] ?? '');
          if (!first) return null;
          const lang = placeLanguage(first, tr.locale);
          const more = marker.keys.length > 1 ? ` +${marker.keys.length - 1}` : '';
          const anchorEnd = marker.x > drawing.width * 0.7;
          return (
            <g key={marker.keys.join()} class="marker">
              <circle cx={marker.x} cy={marker.y} r="5" />
              <text
                x={marker.x + (anchorEnd ? -8 : 8)}
                y={marker.y + 4}
                text-anchor={anchorEnd ? 'end' : undefined}
                lang={lang}
              >
                {`${first.names[lang] ?? first.key}${more}`}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
