// Leaflet plugins (markercluster, Geoman) extend the global L, so it must exist before
// they load; ES modules evaluate in import order, so importing this module first does that.
import L from 'leaflet';

(window as unknown as { L: typeof L }).L = L;

export default L;
