/// <reference types="vite/client" />
/// <reference types="@geoman-io/leaflet-geoman-free" />
/*
 * <samskap-map>: a generic Leaflet map for Vaadin. Light DOM, so Leaflet's CSS applies.
 * The server drives it through the methods below (JSON strings in, DOM events out); it knows
 * nothing about what the features mean. Text from users only ever reaches the DOM through
 * textContent or attributes, never as HTML.
 */
import L from './samskap-map-leaflet';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import './samskap-map.css';

interface FeatureData {
  id: string;
  geometry: GeoJSON.Geometry | null;
  lat: number;
  lon: number;
  color: string;
  label: string;
  /** Set for a group the server counted: a bubble with the number, kept out of the browser's clustering. */
  count?: number;
}

interface Entry {
  data: string;
  feature: FeatureData;
  // Absent while the element is off the page: the map they belong to is gone.
  marker?: L.Marker;
  shape?: L.GeoJSON;
}

interface Overlay {
  geoJson: string;
  style: string;
  layer?: L.GeoJSON;
}

interface Tiles {
  url: string;
  attribution: string;
  maxZoom: number;
}

/** Texts the element shows itself, in the user's language; the server sends them as the i18n property. */
interface Texts {
  zoomIn?: string;
  zoomOut?: string;
  drawnPoint?: string;
  vertex?: string;
  midpoint?: string;
  firstVertex?: string;
  continueLine?: string;
  finishLine?: string;
  finishPoly?: string;
}

interface LayerStyle {
  color: string;
  weight: number;
  fillOpacity: number;
  dashed: boolean;
}

type DrawMode = 'NONE' | 'POINT' | 'LINE' | 'POLYGON';

const SHAPE_MIN_ZOOM = 14;
// Not one of Geoman's own languages: the name our translations are registered under.
const GEOMAN_LANGUAGE: string = 'samskap';
const SAFE_COLOR = /^#[0-9a-fA-F]{3,8}$/;

/*
 * Geoman (drawing and editing shapes) is a third of the map's script and only the proposal and
 * workshop editors draw, so it is fetched the first time a map draws. It hooks into maps and layers
 * as they are created: a map built before it arrived is built again once it is there.
 */
let geoman: Promise<void> | undefined;
// 'failed': the map is shown without drawing rather than not at all.
let geomanState: 'absent' | 'loaded' | 'failed' = 'absent';

function loadGeoman(): Promise<void> {
  geoman ??= Promise.all([
    import('@geoman-io/leaflet-geoman-free'),
    import('@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css'),
  ]).then(
    () => {
      geomanState = 'loaded';
    },
    (error: unknown) => {
      geomanState = 'failed';
      console.warn('Drawing is not available: Geoman did not load', error);
    },
  );
  return geoman;
}

function escapeHtml(text: string): string {
  const div = document.createElement('div');
  div.textContent = text;
  return div.innerHTML;
}

function safeColor(color: string | undefined, fallback = '#374151'): string {
  return color && SAFE_COLOR.test(color) ? color : fallback;
}

function countIcon(count: number): L.DivIcon {
  const span = document.createElement('span');
  span.className = 'samskap-count';
  span.textContent = count >= 10000 ? Math.round(count / 1000) + 'k' : String(count);
  const size = count >= 1000 ? 48 : count >= 100 ? 40 : 32;
  return L.divIcon({ html: span, className: '', iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
}

function dotIcon(color: string, extraClass = ''): L.DivIcon {
  const span = document.createElement('span');
  span.className = ('samskap-marker ' + extraClass).trim();
  span.style.background = safeColor(color);
  return L.divIcon({ html: span, className: '', iconSize: [18, 18], iconAnchor: [9, 9] });
}

/*
 * Everything the server sent is kept as data, so the element can drop its Leaflet map when it
 * leaves the page (nothing stays registered on document or window) and build it again, the
 * same, when Vaadin puts the element back.
 */
class SamskapMap extends HTMLElement {
  private map?: L.Map;
  private container?: HTMLDivElement;
  private cluster?: L.MarkerClusterGroup;
  private shapes?: L.LayerGroup;
  private groups?: L.LayerGroup;
  private zoom?: L.Control.Zoom;
  private entries = new Map<string, Entry>();
  private overlays = new Map<string, Overlay>();
  private tileSettings?: Tiles;
  private tiles?: L.TileLayer;
  private extraAttribution?: string;
  private regionLabel?: string;
  private texts: Texts = {};
  private view = { lat: 59.91, lon: 10.52, zoom: 11 };
  private drawMode: DrawMode = 'NONE';
  private drawn?: L.Layer;
  // The drawn shape while the element is off the page.
  private drawnGeometry?: string;
  private pending: Array<() => void> = [];
  private moveTimer?: number;
  private readyTimer?: number;
  // Moves the server asked for (setView, fitBounds) are not the user's: "follow me" must tell them apart.
  private programmaticMove = false;
  private userMoved = false;
  // Bounds the server asked to show; kept until the user moves, so a map that gets its real
  // size later (a full-height layout, a rotated tablet) still shows them.
  private wantedBounds?: L.LatLngBounds;
  private resizeObserver?: ResizeObserver;

  /** The texts as JSON ({@link Texts}); set by the server before or after the element is on the page. */
  set i18n(json: string) {
    this.texts = JSON.parse(json) as Texts;
    if (this.map) {
      this.applyTexts(this.map);
    }
  }

  get i18n(): string {
    return JSON.stringify(this.texts);
  }

  connectedCallback(): void {
    // A value set before this class was defined hides the setter; hand it over.
    if (Object.prototype.hasOwnProperty.call(this, 'i18n')) {
      const early = (this as { i18n?: string }).i18n;
      delete (this as { i18n?: string }).i18n;
      if (early) {
        this.i18n = early;
      }
    }
    if (this.map) {
      return;
    }
    if (this.drawing() && geomanState === 'absent') {
      this.whenGeomanLoaded();
      return;
    }
    this.container = document.createElement('div');
    this.container.className = 'samskap-map-container';
    this.appendChild(this.container);
    // maxZoom on the map itself: markercluster needs it before any tile layer arrives.
    const map = L.map(this.container, { keyboard: true, zoomControl: false, worldCopyJump: false, maxZoom: 19, minZoom: 3 });
    this.map = map;
    map.setView([this.view.lat, this.view.lon], this.view.zoom);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    this.cluster = L.markerClusterGroup({
      chunkedLoading: true,
      showCoverageOnHover: false,
      maxClusterRadius: 50,
      spiderfyOnMaxZoom: true,
    });
    map.addLayer(this.cluster);
    this.groups = L.layerGroup().addTo(map);
    this.shapes = L.layerGroup();
    map.on('layeradd', (e: L.LayerEvent) => this.describe(e.layer));
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
    this.applyTexts(map);
    this.restore(map);
    this.resizeObserver = new ResizeObserver(() => this.resized());
    this.resizeObserver.observe(this);
    const queued = this.pending;
    this.pending = [];
    queued.forEach((fn) => fn());
    // The first viewport event tells the server what to load, once the layout has settled.
    map.whenReady(() => {
      this.readyTimer = window.setTimeout(() => {
        map.invalidateSize();
        this.fireViewport();
      }, 0);
    });
  }

  /** Puts back what the server sent before (or while) the element was off the page. */
  private restore(map: L.Map): void {
    if (this.tileSettings) {
      this.showTiles(map, this.tileSettings);
    }
    if (this.extraAttribution) {
      map.attributionControl.addAttribution(this.extraAttribution);
    }
    if (this.regionLabel !== undefined) {
      this.showAriaLabel(this.regionLabel);
    }
    for (const overlay of this.overlays.values()) {
      this.showOverlay(map, overlay);
    }
    const markers: L.Marker[] = [];
    for (const entry of this.entries.values()) {
      this.createLayers(entry);
      if (entry.feature.count) {
        this.groups!.addLayer(entry.marker!);
      } else {
        markers.push(entry.marker!);
      }
    }
    this.cluster!.addLayers(markers);
    this.updateShapeVisibility();
    if (this.wantedBounds) {
      this.programmaticMove = true;
      map.fitBounds(this.wantedBounds);
    }
    const geometry = this.drawnGeometry;
    this.drawnGeometry = undefined;
    this.showDrawnShape(geometry ?? null);
    this.setDrawMode(this.drawMode);
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

  /** Gives back all the map took (Leaflet's and Geoman's listeners on document and window go with map.remove()). */
  disconnectedCallback(): void {
    window.clearTimeout(this.moveTimer);
    window.clearTimeout(this.readyTimer);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    const map = this.map;
    if (!map) {
      return;
    }
    const centre = map.getCenter();
    this.view = { lat: centre.lat, lon: centre.lng, zoom: map.getZoom() };
    this.drawnGeometry = this.drawnGeoJson();
    map.remove();
    this.container?.remove();
    for (const entry of this.entries.values()) {
      entry.marker = undefined;
      entry.shape = undefined;
    }
    for (const overlay of this.overlays.values()) {
      overlay.layer = undefined;
    }
    this.map = undefined;
    this.container = undefined;
    this.cluster = undefined;
    this.shapes = undefined;
    this.zoom = undefined;
    this.tiles = undefined;
    this.drawn = undefined;
  }

  /** Whether this map draws or edits a shape (the server marks such maps before they are shown). */
  private drawing(): boolean {
    return this.hasAttribute('drawing') || this.drawMode !== 'NONE' || this.drawn !== undefined || this.drawnGeometry !== undefined;
  }

  /** Builds the map (again) once Geoman is there; what the server sent meanwhile waits in {@link pending}. */
  private whenGeomanLoaded(): void {
    void loadGeoman().then(() => {
      if (this.isConnected && (!this.map || (geomanState === 'loaded' && !this.map.pm))) {
        this.disconnectedCallback();
        this.connectedCallback();
      }
    });
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
    this.wantedBounds = undefined;
    this.view = { lat, lon, zoom };
    if (this.map) {
      this.programmaticMove = true;
      this.map.setView([lat, lon], zoom);
    }
  }

  fitBounds(south: number, west: number, north: number, east: number): void {
    this.wantedBounds = L.latLngBounds([[south, west], [north, east]]);
    if (this.map) {
      this.programmaticMove = true;
      this.map.fitBounds(this.wantedBounds);
    }
  }

  setTileLayer(url: string, attribution: string, maxZoom: number): void {
    this.tileSettings = { url, attribution, maxZoom };
    if (this.map) {
      this.showTiles(this.map, this.tileSettings);
    }
  }

  setExtraAttribution(text: string | null): void {
    const control = this.map?.attributionControl;
    if (this.extraAttribution) {
      control?.removeAttribution(this.extraAttribution);
    }
    this.extraAttribution = text ? escapeHtml(text) : undefined;
    if (this.extraAttribution) {
      control?.addAttribution(this.extraAttribution);
    }
  }

  setAriaLabel(label: string): void {
    this.regionLabel = label;
    this.showAriaLabel(label);
  }

  setGeoJsonLayer(id: string, geoJson: string, styleJson: string): void {
    this.overlays.get(id)?.layer?.remove();
    const overlay: Overlay = { geoJson, style: styleJson };
    this.overlays.set(id, overlay);
    if (this.map) {
      this.showOverlay(this.map, overlay);
    }
  }

  removeLayer(id: string): void {
    this.overlays.get(id)?.layer?.remove();
    this.overlays.delete(id);
  }

  setFeatures(json: string): void {
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
        this.dropLayers(existing, toRemove);
      }
      const entry: Entry = { data: serialized, feature: f };
      this.entries.set(f.id, entry);
      if (this.map) {
        this.createLayers(entry);
        if (f.count) {
          this.groups!.addLayer(entry.marker!);
        } else {
          toAdd.push(entry.marker!);
        }
      }
    }
    for (const [id, entry] of this.entries) {
      if (!keep.has(id)) {
        this.dropLayers(entry, toRemove);
        this.entries.delete(id);
      }
    }
    if (this.map) {
      this.cluster!.removeLayers(toRemove);
      this.cluster!.addLayers(toAdd);
      this.updateShapeVisibility();
    }
    this.dataset.featureCount = String(this.entries.size);
  }

  putFeature(json: string): void {
    const f = JSON.parse(json) as FeatureData;
    this.removeEntry(f.id);
    const entry: Entry = { data: JSON.stringify(f), feature: f };
    this.entries.set(f.id, entry);
    if (this.map) {
      this.createLayers(entry);
      if (f.count) {
        this.groups!.addLayer(entry.marker!);
      } else {
        this.cluster!.addLayer(entry.marker!);
      }
      this.updateShapeVisibility();
    }
    this.dataset.featureCount = String(this.entries.size);
  }

  removeFeature(id: string): void {
    this.removeEntry(id);
    this.dataset.featureCount = String(this.entries.size);
  }

  setDrawMode(mode: DrawMode): void {
    this.drawMode = mode;
    this.run(() => {
      const pm = this.map!.pm;
      if (!pm) {
        if (mode !== 'NONE') {
          this.whenGeomanLoaded();
        }
        return;
      }
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
    if (this.map) {
      this.showDrawnShape(geoJson);
    } else {
      this.drawnGeometry = geoJson ?? undefined;
    }
  }

  clearDrawnShape(): void {
    this.drawnGeometry = undefined;
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

  private applyTexts(map: L.Map): void {
    const t = this.texts;
    this.zoom?.remove();
    // Leaflet's own (English) titles only where the server sent none.
    const zoomOptions: L.Control.ZoomOptions = {};
    if (t.zoomIn) {
      zoomOptions.zoomInTitle = t.zoomIn;
    }
    if (t.zoomOut) {
      zoomOptions.zoomOutTitle = t.zoomOut;
    }
    this.zoom = L.control.zoom(zoomOptions).addTo(map);
    const tooltips = { firstVertex: t.firstVertex, continueLine: t.continueLine, finishLine: t.finishLine, finishPoly: t.finishPoly };
    // Geoman keeps languages in one global table: ours goes in under its own name, English filling the gaps.
    map.pm?.setLang(GEOMAN_LANGUAGE as L.PM.SupportLocales, { tooltips }, 'en');
  }

  /**
   * Geoman's markers (corners, midpoints, the cursor hint) are Leaflet markers, which Leaflet
   * makes focusable buttons; the ones a user can act on get a name, the cursor hint is hidden.
   */
  private describe(layer: L.Layer): void {
    if (!(layer instanceof L.Marker)) {
      return;
    }
    const element = layer.getElement();
    const className = layer.options.icon?.options.className ?? '';
    if (!element || !className.split(' ').includes('marker-icon')) {
      return;
    }
    if (className.includes('cursor-marker') || layer.options.interactive === false) {
      element.removeAttribute('role');
      element.removeAttribute('tabindex');
      element.setAttribute('aria-hidden', 'true');
    } else {
      const label = className.includes('marker-icon-middle') ? this.texts.midpoint : this.texts.vertex;
      if (label) {
        element.setAttribute('aria-label', label);
      }
    }
  }

  private showTiles(map: L.Map, settings: Tiles): void {
    this.tiles?.remove();
    // Offline the tiles fail to load; the map keeps working on its plain background.
    this.tiles = L.tileLayer(settings.url, { attribution: escapeHtml(settings.attribution), maxZoom: settings.maxZoom, crossOrigin: true });
    this.tiles.addTo(map);
    map.setMaxZoom(settings.maxZoom);
  }

  private showAriaLabel(label: string): void {
    this.container?.setAttribute('role', 'region');
    this.container?.setAttribute('aria-label', label);
  }

  private showOverlay(map: L.Map, overlay: Overlay): void {
    const style = JSON.parse(overlay.style) as LayerStyle;
    const layer = L.geoJSON(JSON.parse(overlay.geoJson), {
      interactive: false,
      style: () => ({
        color: safeColor(style.color),
        weight: style.weight,
        fillOpacity: style.fillOpacity,
        fill: style.fillOpacity > 0,
        dashArray: style.dashed ? '6 6' : undefined,
      }),
    });
    layer.addTo(map);
    layer.bringToBack();
    overlay.layer = layer;
  }

  private showDrawnShape(geoJson: string | null): void {
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
  }

  private dropLayers(entry: Entry, markers: L.Marker[]): void {
    if (entry.marker && entry.feature.count) {
      this.groups?.removeLayer(entry.marker);
    } else if (entry.marker) {
      markers.push(entry.marker);
    }
    entry.shape?.remove();
  }

  private createLayers(entry: Entry): void {
    const f = entry.feature;
    const marker = L.marker([f.lat, f.lon], {
      icon: f.count ? countIcon(f.count) : dotIcon(f.color),
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
    entry.marker = marker;
    entry.shape = undefined;
    if (f.geometry && f.geometry.type !== 'Point') {
      const color = safeColor(f.color);
      entry.shape = L.geoJSON(f.geometry, { style: () => ({ color, weight: 4, fillOpacity: 0.25 }) });
      entry.shape.on('click', () => this.emit('samskap-feature-click', { id: f.id }));
    }
  }

  private removeEntry(id: string): void {
    const existing = this.entries.get(id);
    if (existing) {
      if (existing.marker && existing.feature.count) {
        this.groups?.removeLayer(existing.marker);
      } else if (existing.marker) {
        this.cluster?.removeLayer(existing.marker);
      }
      existing.shape?.remove();
      this.entries.delete(id);
    }
  }

  private updateShapeVisibility(): void {
    const map = this.map!;
    const shapes = this.shapes!;
    if (map.getZoom() >= SHAPE_MIN_ZOOM) {
      if (!map.hasLayer(shapes)) {
        shapes.addTo(map);
      }
      const bounds = map.getBounds().pad(0.5);
      shapes.clearLayers();
      for (const entry of this.entries.values()) {
        if (entry.shape && bounds.intersects(entry.shape.getBounds())) {
          shapes.addLayer(entry.shape);
        }
      }
    } else if (map.hasLayer(shapes)) {
      shapes.remove();
    }
  }

  private setUpDrawing(map: L.Map): void {
    if (!map.pm) {
      return;
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
    marker.on('add', () => {
      if (this.texts.drawnPoint) {
        marker.getElement()?.setAttribute('aria-label', this.texts.drawnPoint);
      }
    });
    marker.addTo(this.map!);
    return marker;
  }

  private adoptDrawn(layer: L.Layer, announce: boolean): void {
    this.drawn = layer;
    const editable = layer as L.Layer & { pm?: { enable: (o?: object) => void } };
    if (layer instanceof L.Marker) {
      layer.on('dragend', () => this.emitDrawn());
    } else {
      if (!editable.pm) {
        this.whenGeomanLoaded(); // the map is built again with Geoman, and the shape with it
      }
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

  private drawnGeoJson(): string | undefined {
    const layer = this.drawn as (L.Layer & { toGeoJSON?: () => GeoJSON.Feature }) | undefined;
    return layer?.toGeoJSON ? JSON.stringify(layer.toGeoJSON().geometry) : undefined;
  }

  private emitDrawn(): void {
    const geoJson = this.drawnGeoJson();
    if (geoJson) {
      this.emit('samskap-shape-drawn', { geoJson });
    }
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
