package no.samskap.shared;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Shapes as a map shows them: simplified until they have few corners, keeping their topology (an
 * area stays an area). Points are not simplified.
 */
public final class DisplayGeometry {

    /** Most corners a displayed shape keeps. */
    public static final int MAX_DISPLAY_VERTICES = 48;

    // About a metre at Norwegian latitudes; doubled until the shape is small enough.
    private static final double FIRST_TOLERANCE = 1e-5;

    private DisplayGeometry() {}

    /** The shape to draw: itself when small, else simplified to at most {@link #MAX_DISPLAY_VERTICES} corners. */
    public static Geometry simplify(Geometry geometry) {
        Geometry shape = geometry;
        double tolerance = FIRST_TOLERANCE;
        while (shape.getNumPoints() > MAX_DISPLAY_VERTICES && tolerance < 1) {
            shape = TopologyPreservingSimplifier.simplify(geometry, tolerance);
            tolerance *= 2;
        }
        return shape;
    }
}
