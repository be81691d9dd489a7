// The offers map: an enhancement beneath the list (which is the accessible, primary view), loaded only when
// the server names a tile server (MAP_TILE_URL) and there are located results. Hidden from assistive
// technology, as everything on it is in the list above; markers are not in the tab order, each opens the
// offer's page on click.
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';

export interface MapOffer {
  id: string;
  title: string;
  latitude: number;
  longitude: number;
}

export default function OfferMap({
  tileUrl,
  attribution,
  offers,
}: {
  tileUrl: string;
  attribution: string | null;
  offers: MapOffer[];
}) {
  const container = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();

  useEffect(() => {
    if (!container.current) return;
    // No zoom buttons or attribution links inside the hidden map: nothing in it can take focus.
    const map = L.map(container.current, {
      keyboard: false,
      scrollWheelZoom: false,
      zoomControl: false,
      attributionControl: false,
    });
    L.tileLayer(tileUrl, { maxZoom: 18 }).addTo(map);
    const points = offers.map((o) => {
      const marker = L.circleMarker([o.latitude, o.longitude], { radius: 8, color: '#1d70b8', weight: 3 });
      marker.bindTooltip(o.title);
      marker.on('click', () => void navigate(`/offers/${o.id}`));
      marker.addTo(map);
      return L.latLng(o.latitude, o.longitude);
    });
    map.fitBounds(L.latLngBounds(points).pad(0.2), { maxZoom: 13 });
    return () => {
      map.remove();
    };
  }, [tileUrl, offers, navigate]);

  return (
    <div className="offer-no-print">
      <h2>Map</h2>
      <p>The same offers as the list above, on a map. Select a marker to open its offer.</p>
      <div ref={container} className="offer-map" aria-hidden="true" />
      {attribution ? <p className="hint">Map tiles: {attribution}</p> : null}
    </div>
  );
}
