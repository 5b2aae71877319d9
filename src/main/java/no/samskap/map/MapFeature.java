package no.samskap.map;

import java.util.Objects;

/**
 * A clustered marker on the map, optionally with a line or area shown when zoomed in.
 *
 * @param geoJsonGeometry a LineString or Polygon to draw, or null for a point only
 * @param color a hex colour such as {@code #b45309}
 * @param label plain text for the tooltip and the accessible name; never interpreted as HTML
 * @param count above zero, a counted group of this many (drawn as a bubble with the number, not
 *              clustered again in the browser); zero for a single feature
 */
public record MapFeature(
        String id, String geoJsonGeometry, double lat, double lon, String color, String label, int count) {

    /** A single feature. */
    public MapFeature(String id, String geoJsonGeometry, double lat, double lon, String color, String label) {
        this(id, geoJsonGeometry, lat, lon, color, label, 0);
    }

    /** A counted group, shown as a bubble with its number; {@code label} says what it holds. */
    public static MapFeature group(String id, double lat, double lon, int count, String label) {
        return new MapFeature(id, null, lat, lon, "#1f2937", label, Math.max(1, count));
    }

    public MapFeature {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
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
