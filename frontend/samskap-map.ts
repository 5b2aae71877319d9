/// <reference types="vite/client" />
/*
 * <samskap-map>: a generic Leaflet map for Vaadin. Light DOM, so Leaflet's CSS applies.
 * The server drives it through the methods below (JSON strings in, DOM events out); it knows
 * nothing about what the features mean. Text from users only ever reaches the DOM through
 * textContent or attributes, never as HTML.
 */
import L from './samskap-map-leaflet';
import 'leaflet.markercluster';
import '@geoman-io/leaflet-geoman-free';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css';
import './samskap-map.css';

interface FeatureData {
  id: string;
  geometry: GeoJSON.Geometry | null;
  lat: number;
  lon: number;
  color: string;
  label: string;
}

interface Entry {
  data: string;
  marker: L.Marker;
  shape?: L.GeoJSON;
}

interface LayerStyle {
  color: string;
  weight: number;
  fillOpacity: number;
  dashed: boolean;
}

type DrawMode = 'NONE' | 'POINT' | 'LINE' | 'POLYGON';

const SHAPE_MIN_ZOOM = 14;
const SAFE_COLOR = /^#[0-9a-fA-F]{3,8}$/;

function escapeHtml(text: string): string {
  const div = document.createElement('div');
  div.textContent = text;
  return div.innerHTML;
}

function safeColor(color: string | undefined, fallback = '#374151'): string {
  return color && SAFE_COLOR.test(color) ? color : fallback;
}

function dotIcon(color: string, extraClass = ''): L.DivIcon {
  const span = document.createElement('span');
  span.className = ('samskap-marker ' + extraClass).trim();
  span.style.background = safeColor(color);
  return L.divIcon({ html: span, className: '', iconSize: [18, 18], iconAnchor: [9, 9] });
}

class SamskapMap extends HTMLElement {
  private map?: L.Map;
  private container?: HTMLDivElement;
  private cluster?: L.MarkerClusterGroup;
  private shapes = L.layerGroup();
  private entries = new Map<string, Entry>();
  private overlays = new Map<string, L.GeoJSON>();
  private tiles?: L.TileLayer;
  private extraAttribution?: string;
  private drawMode: DrawMode = 'NONE';
  private drawn?: L.Layer;
  private pending: Array<() => void> = [];
  private moveTimer?: number;
  // Moves the server asked for (setView, fitBounds) are not the user's: "follow me" must tell them apart.
  private programmaticMove = false;
  private userMoved = false;
  // Bounds the server asked to show; kept until the user moves, so a map that gets its real
  // size later (a full-height layout, a rotated tablet) still shows them.
  private wantedBounds?: L.LatLngBounds;
  private resizeObserver?: ResizeObserver;

  connectedCallback(): void {
    if (this.map) {
      window.setTimeout(() => this.map?.invalidateSize(), 0);
      return;
    }
    this.container = document.createElement('div');
    this.container.className = 'samskap-map-container';
    this.appendChild(this.container);
    // maxZoom on the map itself: markercluster needs it before any tile layer arrives.
    const map = L.map(this.container, { keyboard: true, zoomControl: true, worldCopyJump: false, maxZoom: 19, minZoom: 3 });
    this.map = map;
    map.setView([59.91, 10.52], 11);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    this.cluster = L.markerClusterGroup({
      chunkedLoading: true,
      showCoverageOnHover: false,
      maxClusterRadius: 50,
      spiderfyOnMaxZoom: true,
    });
    map.addLayer(this.cluster);
    map.on('zoomend', () => this.updateShapeVisibility());
    map.on('moveend', () => {
      if (!this.programmaticMove) {
        this.userMoved = true;
        this.wantedBounds = undefined;
      }
      this.programmaticMove = false;
      this.scheduleViewportEvent();
    });
    map.on('click', (e: L.LeafletMouseEvent) => this.onMapClick(e));
    this.setUpDrawing(map);
    this.resizeObserver = new ResizeObserver(() => this.resized());
    this.resizeObserver.observe(this);
    const queued = this.pending;
    this.pending = [];
    queued.forEach((fn) => fn());
    // The first viewport event tells the server what to load, once the layout has settled.
    map.whenReady(() => window.setTimeout(() => {
      map.invalidateSize();
      this.fireViewport();
    }, 0));
  }

  /** A new size is not the user moving the map; the server's bounds are fitted again. */
  private resized(): void {
    const map = this.map!;
    const wasProgrammatic = this.programmaticMove;
    let moved = false;
    const mark = () => { moved = true; };
    map.on('moveend', mark);
    this.programmaticMove = true;
    map.invalidateSize();
    map.off('moveend', mark);
    if (!moved) {
      this.programmaticMove = wasProgrammatic;
    }
    if (this.wantedBounds && map.getSize().x > 0 && map.getSize().y > 0) {
      this.programmaticMove = true;
      map.fitBounds(this.wantedBounds);
    }
  }

  disconnectedCallback(): void {
    window.clearTimeout(this.moveTimer);
  }

  private run(fn: () => void): void {
    if (this.map) {
      fn();
    } else {
      this.pending.push(fn);
    }
  }

  // ---- server API ---------------------------------------------------------------------

  setView(lat: number, lon: number, zoom: number): void {
    this.run(() => {
      this.programmaticMove = true;
      this.wantedBounds = undefined;
      this.map!.setView([lat, lon], zoom);
    });
  }

  fitBounds(south: number, west: number, north: number, east: number): void {
    this.run(() => {
      this.programmaticMove = true;
      this.wantedBounds = L.latLngBounds([[south, west], [north, east]]);
      this.map!.fitBounds(this.wantedBounds);
    });
  }

  setTileLayer(url: string, attribution: string, maxZoom: number): void {
    this.run(() => {
      this.tiles?.remove();
      // Offline the tiles fail to load; the map keeps working on its plain background.
      this.tiles = L.tileLayer(url, { attribution: escapeHtml(attribution), maxZoom, crossOrigin: true });
      this.tiles.addTo(this.map!);
      this.map!.setMaxZoom(maxZoom);
    });
  }

  setExtraAttribution(text: string | null): void {
    this.run(() => {
      const control = this.map!.attributionControl;
      if (this.extraAttribution) {
        control.removeAttribution(this.extraAttribution);
      }
      this.extraAttribution = text ? escapeHtml(text) : undefined;
      if (this.extraAttribution) {
        control.addAttribution(this.extraAttribution);
      }
    });
  }

  setAriaLabel(label: string): void {
    this.run(() => {
      this.container!.setAttribute('role', 'region');
      this.container!.setAttribute('aria-label', label);
    });
  }

  setGeoJsonLayer(id: string, geoJson: string, styleJson: string): void {
    this.run(() => {
      this.overlays.get(id)?.remove();
      const style = JSON.parse(styleJson) as LayerStyle;
      const layer = L.geoJSON(JSON.parse(geoJson), {
        interactive: false,
        style: () => ({
          color: safeColor(style.color),
          weight: style.weight,
          fillOpacity: style.fillOpacity,
          fill: style.fillOpacity > 0,
          dashArray: style.dashed ? '6 6' : undefined,
        }),
      });
      layer.addTo(this.map!);
      layer.bringToBack();
      this.overlays.set(id, layer);
    });
  }

  removeLayer(id: string): void {
    this.run(() => {
      this.overlays.get(id)?.remove();
      this.overlays.delete(id);
    });
  }

  setFeatures(json: string): void {
    this.run(() => {
      const incoming = JSON.parse(json) as FeatureData[];
      const keep = new Set<string>();
      const toAdd: L.Marker[] = [];
      const toRemove: L.Marker[] = [];
      for (const f of incoming) {
        keep.add(f.id);
        const serialized = JSON.stringify(f);
        const existing = this.entries.get(f.id);
        if (existing && existing.data === serialized) {
          continue;
        }
        if (existing) {
          toRemove.push(existing.marker);
          existing.shape?.remove();
        }
        const entry = this.createEntry(f, serialized);
        this.entries.set(f.id, entry);
        toAdd.push(entry.marker);
      }
      for (const [id, entry] of this.entries) {
        if (!keep.has(id)) {
          toRemove.push(entry.marker);
          entry.shape?.remove();
          this.entries.delete(id);
        }
      }
      this.cluster!.removeLayers(toRemove);
      this.cluster!.addLayers(toAdd);
      this.updateShapeVisibility();
      this.dataset.featureCount = String(this.entries.size);
    });
  }

  putFeature(json: string): void {
    this.run(() => {
      const f = JSON.parse(json) as FeatureData;
      this.removeEntry(f.id);
      const entry = this.createEntry(f, json);
      this.entries.set(f.id, entry);
      this.cluster!.addLayer(entry.marker);
      this.updateShapeVisibility();
      this.dataset.featureCount = String(this.entries.size);
    });
  }

  removeFeature(id: string): void {
    this.run(() => {
      this.removeEntry(id);
      this.dataset.featureCount = String(this.entries.size);
    });
  }

  setDrawMode(mode: DrawMode): void {
    this.run(() => {
      this.drawMode = mode;
      const pm = this.map!.pm;
      pm.disableDraw();
      if (this.drawn) {
        return; // One shape at a time: it stays editable until cleared.
      }
      if (mode === 'LINE') {
        pm.enableDraw('Line', { continueDrawing: false });
      } else if (mode === 'POLYGON') {
        pm.enableDraw('Polygon', { continueDrawing: false });
      }
      this.container!.style.cursor = mode === 'NONE' ? '' : 'crosshair';
    });
  }

  setDrawnShape(geoJson: string | null): void {
    this.run(() => {
      this.clearDrawn();
      if (!geoJson) {
        return;
      }
      const geometry = JSON.parse(geoJson) as GeoJSON.Geometry;
      if (geometry.type === 'Point') {
        const [lon, lat] = geometry.coordinates as number[];
        this.adoptDrawn(this.drawMarker(L.latLng(lat, lon)), false);
      } else {
        const layer = L.geoJSON(geometry).getLayers()[0];
        layer.addTo(this.map!);
        this.adoptDrawn(layer, false);
      }
    });
  }

  clearDrawnShape(): void {
    this.run(() => {
      this.clearDrawn();
      this.setDrawMode(this.drawMode);
    });
  }

  /** Places the point at the map's centre: drawing without a pointer (keyboard users pan with the arrow keys). */
  placePointAtCentre(): void {
    this.run(() => {
      this.clearDrawn();
      this.adoptDrawn(this.drawMarker(this.map!.getCenter()), true);
    });
  }

  // ---- internals ----------------------------------------------------------------------

  private createEntry(f: FeatureData, serialized: string): Entry {
    const marker = L.marker([f.lat, f.lon], {
      icon: dotIcon(f.color),
      title: f.label,
      keyboard: true,
      riseOnHover: true,
    });
    const tooltip = document.createElement('span');
    tooltip.textContent = f.label;
    marker.bindTooltip(tooltip, { direction: 'top', offset: [0, -10] });
    marker.on('add', () => {
      const el = marker.getElement();
      el?.setAttribute('role', 'button');
      el?.setAttribute('aria-label', f.label);
    });
    marker.on('click', () => this.emit('samskap-feature-click', { id: f.id }));
    let shape: L.GeoJSON | undefined;
    if (f.geometry && f.geometry.type !== 'Point') {
      const color = safeColor(f.color);
      shape = L.geoJSON(f.geometry, { style: () => ({ color, weight: 4, fillOpacity: 0.25 }) });
      shape.on('click', () => this.emit('samskap-feature-click', { id: f.id }));
    }
    return { data: serialized, marker, shape };
  }

  private removeEntry(id: string): void {
    const existing = this.entries.get(id);
    if (existing) {
      this.cluster!.removeLayer(existing.marker);
      existing.shape?.remove();
      this.entries.delete(id);
    }
  }

  private updateShapeVisibility(): void {
    const map = this.map!;
    if (map.getZoom() >= SHAPE_MIN_ZOOM) {
      if (!map.hasLayer(this.shapes)) {
        this.shapes.addTo(map);
      }
      const bounds = map.getBounds().pad(0.5);
      this.shapes.clearLayers();
      for (const entry of this.entries.values()) {
        if (entry.shape && bounds.intersects(entry.shape.getBounds())) {
          this.shapes.addLayer(entry.shape);
        }
      }
    } else if (map.hasLayer(this.shapes)) {
      this.shapes.remove();
    }
  }

  private setUpDrawing(map: L.Map): void {
    const lang = (document.documentElement.lang || 'en').startsWith('n') ? 'no' : 'en';
    try {
      map.pm.setLang(lang as 'no');
    } catch {
      // An unknown language leaves Geoman's English texts, which is fine.
    }
    map.pm.setGlobalOptions({
      markerStyle: { icon: dotIcon('#7c3aed', 'samskap-marker-draw'), draggable: true },
      pathOptions: { color: '#7c3aed', weight: 4 },
      templineStyle: { color: '#7c3aed' },
      hintlineStyle: { color: '#7c3aed', dashArray: [5, 5] },
      allowSelfIntersection: false,
    } as L.PM.GlobalOptions);
    map.on('pm:create', (e: { layer: L.Layer }) => {
      map.pm.disableDraw();
      this.adoptDrawn(e.layer, true);
    });
  }

  private onMapClick(e: L.LeafletMouseEvent): void {
    if (this.drawMode === 'POINT') {
      // A click places the point, or moves it there.
      if (this.drawn instanceof L.Marker) {
        this.drawn.setLatLng(e.latlng);
        this.emitDrawn();
      } else {
        this.clearDrawn();
        this.adoptDrawn(this.drawMarker(e.latlng), true);
      }
      return;
    }
    if (this.drawMode === 'NONE') {
      this.emit('samskap-map-click', { lat: e.latlng.lat, lon: e.latlng.lng });
    }
  }

  private drawMarker(at: L.LatLng): L.Marker {
    const marker = L.marker(at, { icon: dotIcon('#7c3aed', 'samskap-marker-draw'), draggable: true, keyboard: true });
    marker.on('add', () => marker.getElement()?.setAttribute('aria-label', 'drawn point'));
    marker.addTo(this.map!);
    return marker;
  }

  private adoptDrawn(layer: L.Layer, announce: boolean): void {
    this.drawn = layer;
    const editable = layer as L.Layer & { pm?: { enable: (o?: object) => void } };
    if (layer instanceof L.Marker) {
      layer.on('dragend', () => this.emitDrawn());
    } else {
      editable.pm?.enable({ allowSelfIntersection: false });
      layer.on('pm:edit', () => this.emitDrawn());
    }
    this.dataset.drawn = 'true';
    if (announce) {
      this.emitDrawn();
    }
  }

  private clearDrawn(): void {
    if (this.drawn) {
      this.drawn.remove();
      this.drawn = undefined;
      delete this.dataset.drawn;
    }
  }

  private emitDrawn(): void {
    const layer = this.drawn as (L.Layer & { toGeoJSON?: () => GeoJSON.Feature }) | undefined;
    if (!layer?.toGeoJSON) {
      return;
    }
    this.emit('samskap-shape-drawn', { geoJson: JSON.stringify(layer.toGeoJSON().geometry) });
  }

  private scheduleViewportEvent(): void {
    window.clearTimeout(this.moveTimer);
    this.moveTimer = window.setTimeout(() => this.fireViewport(), 250);
  }

  private fireViewport(): void {
    const map = this.map;
    if (!map || !this.isConnected) {
      return;
    }
    const b = map.getBounds();
    this.emit('samskap-viewport', {
      south: b.getSouth(),
      west: b.getWest(),
      north: b.getNorth(),
      east: b.getEast(),
      zoom: map.getZoom(),
      byUser: this.userMoved,
    });
    this.userMoved = false;
  }

  private emit(name: string, detail: object): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: false }));
  }
}

if (!customElements.get('samskap-map')) {
  customElements.define('samskap-map', SamskapMap);
}
