package no.samskap.proposals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import no.samskap.municipality.Municipality;
import no.samskap.shared.DisplayGeometry;
import no.samskap.shared.GeoJson;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 100,000 public proposals spread inside a municipality's boundary, 5,000 of them areas at the
 * vertex cap, written by JDBC: the data of the map benchmarks, in the browser and without it.
 */
public final class MapSeed {

    public static final int PROPOSALS = 100_000;
    public static final int AREAS = 5_000;

    private MapSeed() {}

    /** Seeds the municipality up to {@link #PROPOSALS} (what an earlier run left is kept). */
    public static void seed(JdbcTemplate jdbc, Municipality m, UUID author, int maxVertices, String label) {
        Integer existing = jdbc.queryForObject(
                "select count(*) from proposal where municipality_id = ? and title like 'Kartprøve %'",
                Integer.class, m.id().value());
        if (existing != null && existing >= PROPOSALS) {
            return;
        }
        Geometry boundary = GeoJson.parse(m.boundaryGeoJson());
        Envelope box = boundary.getEnvelopeInternal();
        SplittableRandom random = new SplittableRandom(20261205);
        Category[] categories = Category.values();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> batch = new ArrayList<>();
        int made = existing == null ? 0 : existing;
        long started = System.nanoTime();
        while (made < PROPOSALS) {
            double lon = box.getMinX() + random.nextDouble() * box.getWidth();
            double lat = box.getMinY() + random.nextDouble() * box.getHeight();
            if (!boundary.covers(GeoJson.FACTORY.createPoint(new Coordinate(lon, lat)))) {
                continue;
            }
            boolean area = made % (PROPOSALS / AREAS) == 0;
            String geometry;
            String display = null;
            if (area) {
                Geometry polygon = GeoJson.parse(polygon(lat, lon, maxVertices - 1));
                geometry = GeoJson.write(polygon);
                display = GeoJson.write(DisplayGeometry.simplify(polygon));
            } else {
                geometry = String.format(Locale.ROOT, "{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]}", lon, lat);
            }
            made++;
            batch.add(new Object[] {
                UUID.randomUUID(),
                m.id().value(),
                "Kartprøve " + made,
                "Seeded for the map benchmark.",
                categories[random.nextInt(categories.length)].name(),
                area ? "Polygon" : "Point",
                geometry,
                display,
                lat,
                lon,
                author,
                "Kari Nordmann",
                "SUBMITTED",
                now,
                now,
                now
            });
            if (batch.size() == 1000 || made == PROPOSALS) {
                jdbc.batchUpdate(
                        "insert into proposal (id, municipality_id, title, description, category, geometry_kind,"
                                + " geometry_geojson, display_geojson, centroid_lat, centroid_lon, author_id,"
                                + " author_name, state, created_at, updated_at, submitted_at, version, hidden)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, false)",
                        batch);
                batch.clear();
            }
        }
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK map %s seeded %d proposals in %.1f s%n",
                label,
                PROPOSALS,
                (System.nanoTime() - started) / 1e9);
    }

    /** A closed ring of this many corners around the point, about 130 m by 130 m. */
    public static String polygon(double lat, double lon, int corners) {
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i <= corners; i++) {
            double a = 2 * Math.PI * (i % corners) / corners;
            ring.append(i == 0 ? "" : ",")
                    .append(String.format(
                            Locale.ROOT, "[%.7f,%.7f]", lon + 0.0012 * Math.cos(a), lat + 0.0006 * Math.sin(a)));
        }
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}";
    }
}
