package no.samskap.map;

import java.util.Objects;

/**
 * A clustered marker on the map, optionally with a line or area shown when zoomed in.
 *
 * @param geoJsonGeometry a LineString or Polygon to draw, or null for a point only
 * @param color a hex colour such as {@code #b45309}
 * @param label plain text for the tooltip and the accessible name; never interpreted as HTML
 */
public record MapFeature(String id, String geoJsonGeometry, double lat, double lon, String color, String label) {

    public MapFeature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            throw new IllegalArgumentException("position out of range: " + lat + "," + lon);
        }
        if (color == null || !color.matches("#[0-9a-fA-F]{3,8}")) {
            throw new IllegalArgumentException("not a hex colour: " + color);
        }
    }
}
