package no.samskap.shared;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the GeoJSON geometry types Samskap uses (Point, LineString, Polygon,
 * MultiPolygon) in WGS84 longitude/latitude. Anything else is refused as malformed, so
 * input from a browser can never smuggle in shapes the rest of the code does not expect.
 */
public final class GeoJson {

    /** Coordinates are kept to about 1 cm; more digits are noise from the browser. */
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(1e7), 4326);

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final int MAX_VERTICES = 5_000;

    private GeoJson() {}

    /** Well-formed perhaps, but far beyond any shape a person draws: callers can say "too many corners". */
    public static final class TooManyPoints extends IllegalArgumentException {
        TooManyPoints(String message) {
            super(message);
        }
    }

    /** Parses a GeoJSON geometry (or a Feature holding one); throws {@link IllegalArgumentException} when malformed. */
    public static Geometry parse(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("empty geometry");
        }
        if (json.length() > 2_000_000) {
            throw new TooManyPoints("geometry too large");
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            if ("Feature".equals(text(node, "type"))) {
                node = node.get("geometry");
            }
            Geometry geometry = toGeometry(node);
            if (geometry.getNumPoints() > MAX_VERTICES) {
                throw new TooManyPoints("too many vertices");
            }
            return geometry;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes a geometry as a compact GeoJSON geometry object. */
    public static String write(Geometry geometry) {
        return MAPPER.writeValueAsString(toNode(geometry));
    }

    private static Geometry toGeometry(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("geometry must be an object");
        }
        String type = text(node, "type");
        JsonNode coordinates = node.get("coordinates");
        if (type == null || coordinates == null || !coordinates.isArray()) {
            throw new IllegalArgumentException("geometry needs type and coordinates");
        }
        return switch (type) {
            case "Point" -> FACTORY.createPoint(coordinate(coordinates));
            case "LineString" -> {
                Coordinate[] line = coordinates(coordinates);
                if (line.length < 2) {
                    throw new IllegalArgumentException("a line needs at least two points");
                }
                yield FACTORY.createLineString(line);
            }
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                List<Polygon> polygons = new ArrayList<>();
                for (JsonNode p : coordinates) {
                    polygons.add(polygon(p));
                }
                if (polygons.isEmpty()) {
                    throw new IllegalArgumentException("empty multipolygon");
                }
                yield FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
            }
            default -> throw new IllegalArgumentException("unsupported geometry type " + type);
        };
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs a ring");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode node) {
        Coordinate[] c = coordinates(node);
        if (c.length < 4 || !c[0].equals2D(c[c.length - 1])) {
            throw new IllegalArgumentException("a polygon ring must be closed and have at least three corners");
        }
        return FACTORY.createLinearRing(c);
    }

    private static Coordinate[] coordinates(JsonNode node) {
        if (!node.isArray()) {
            throw new IllegalArgumentException("coordinates must be an array");
        }
        Coordinate[] result = new Coordinate[node.size()];
        for (int i = 0; i < node.size(); i++) {
            result[i] = coordinate(node.get(i));
        }
        return result;
    }

    private static Coordinate coordinate(JsonNode node) {
        if (!node.isArray()
                || node.size() < 2
                || !node.get(0).isNumber()
                || !node.get(1).isNumber()) {
            throw new IllegalArgumentException("a position is [longitude, latitude]");
        }
        double lon = node.get(0).asDouble();
        double lat = node.get(1).asDouble();
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            throw new IllegalArgumentException("position out of range");
        }
        Coordinate c = new Coordinate(lon, lat);
        FACTORY.getPrecisionModel().makePrecise(c);
        return c;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static ObjectNode toNode(Geometry g) {
        ObjectNode node = MAPPER.createObjectNode();
        switch (g) {
            case Point p -> {
                node.put("type", "Point");
                node.set("coordinates", position(p.getCoordinate()));
            }
            case LineString l
            when !(l instanceof LinearRing) -> {
                node.put("type", "LineString");
                node.set("coordinates", positions(l.getCoordinates()));
            }
            case Polygon p -> {
                node.put("type", "Polygon");
                node.set("coordinates", rings(p));
            }
            case MultiPolygon mp -> {
                node.put("type", "MultiPolygon");
                ArrayNode polys = node.putArray("coordinates");
                for (int i = 0; i < mp.getNumGeometries(); i++) {
                    polys.add(rings((Polygon) mp.getGeometryN(i)));
                }
            }
            default -> throw new IllegalArgumentException("unsupported geometry " + g.getGeometryType());
        }
        return node;
    }

    private static ArrayNode rings(Polygon p) {
        ArrayNode rings = MAPPER.createArrayNode();
        rings.add(positions(p.getExteriorRing().getCoordinates()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(positions(p.getInteriorRingN(i).getCoordinates()));
        }
        return rings;
    }

    private static ArrayNode positions(Coordinate[] cs) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Coordinate c : cs) {
            array.add(position(c));
        }
        return array;
    }

    private static ArrayNode position(Coordinate c) {
        ArrayNode a = MAPPER.createArrayNode();
        a.add(c.x);
        a.add(c.y);
        return a;
    }
}
