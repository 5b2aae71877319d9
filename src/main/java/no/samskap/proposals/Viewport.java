package no.samskap.proposals;

/** A box on the map in WGS84 degrees. */
public record Viewport(double south, double west, double north, double east) {

    public Viewport {
        if (!(south <= north) || !(west <= east) || Double.isNaN(south + west + north + east)) {
            throw new IllegalArgumentException("Not a viewport: " + south + "," + west + "," + north + "," + east);
        }
    }

    /** The box grown by a fraction of its size on each side. */
    public Viewport grow(double fraction) {
        double dLat = (north - south) * fraction;
        double dLon = (east - west) * fraction;
        return new Viewport(
                Math.max(-90, south - dLat),
                Math.max(-180, west - dLon),
                Math.min(90, north + dLat),
                Math.min(180, east + dLon));
    }

    public boolean contains(double lat, double lon) {
        return lat >= south && lat <= north && lon >= west && lon <= east;
    }

    public boolean contains(Viewport other) {
        return other.south >= south && other.north <= north && other.west >= west && other.east <= east;
    }
}
