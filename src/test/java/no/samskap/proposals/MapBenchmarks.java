package no.samskap.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import no.samskap.identity.AccountService;
import no.samskap.map.LeafletMap;
import no.samskap.map.MapFeature;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.MunicipalityService;
import no.samskap.proposals.internal.ClusterGrid;
import no.samskap.shared.DisplayGeometry;
import no.samskap.shared.GeoJson;
import no.samskap.shared.MunicipalityId;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The map with 100,000 public proposals in one municipality, 5,000 of them areas at the vertex cap:
 * how long the map's query takes (p50/p95 over 100 runs) and how much one map update carries, for the
 * whole municipality, one district and a few streets. Seeds by JDBC once; see docs/benchmarks.md.
 */
abstract class MapBenchmarks {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    static final int PROPOSALS = 100_000;
    static final int AREAS = 5_000;

    @Autowired
    ProposalService proposals;

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    AccountService accounts;

    @Autowired
    ProposalsSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClusterGrid clusterGrid;

    abstract String database();

    @Test
    void viewportQueriesWithOneHundredThousandProposals() {
        Municipality m = municipalities.get(BAERUM);
        seed(m);
        Envelope box = GeoJson.parse(m.boundaryGeoJson()).getEnvelopeInternal();
        Viewport whole = new Viewport(box.getMinY(), box.getMinX(), box.getMaxY(), box.getMaxX());
        Envelope d = GeoJson.parse(m.districts().getFirst().geometryGeoJson()).getEnvelopeInternal();
        Viewport district = new Viewport(d.getMinY(), d.getMinX(), d.getMaxY(), d.getMaxX());
        double lat = (d.getMinY() + d.getMaxY()) / 2;
        double lon = (d.getMinX() + d.getMaxX()) / 2;
        Viewport street = new Viewport(lat - 0.0015, lon - 0.004, lat + 0.0015, lon + 0.004);
        long total = proposals.count(ProposalQuery.all(BAERUM));
        assertThat(total).isGreaterThanOrEqualTo(PROPOSALS);
        Result w = report("whole municipality", whole, total);
        report("district " + m.districts().getFirst().name(), district, total);
        report("a few streets", street, total);
        assertThat(w.bytes()).as("whole-municipality payload").isLessThanOrEqualTo(200 * 1024);
    }

    record Result(double p50, double p95, int bytes) {}

    private Result report(String name, Viewport viewport, long total) {
        for (int i = 0; i < 10; i++) {
            proposals.markers(BAERUM, viewport);
        }
        int runs = 100;
        long[] nanos = new long[runs];
        MarkersInView result = null;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            result = proposals.markers(BAERUM, viewport);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        // The same view with nothing cached: what the first visitor after a change waits.
        long[] cold = new long[20];
        for (int i = 0; i < cold.length; i++) {
            clusterGrid.clear();
            long t = System.nanoTime();
            proposals.markers(BAERUM, viewport);
            cold[i] = System.nanoTime() - t;
        }
        Arrays.sort(cold);
        List<MapFeature> features = new ArrayList<>();
        result.markers()
                .forEach(mk -> features.add(new MapFeature(
                        mk.id().toString(),
                        mk.shapeGeoJson(),
                        mk.lat(),
                        mk.lon(),
                        mk.category().group().color(),
                        mk.title() + " (" + mk.category().name() + ")")));
        result.clusters()
                .forEach(c -> features.add(MapFeature.group(
                        c.id(), c.lat(), c.lon(), c.count(), c.count() + " proposals here – zoom in")));
        int bytes = LeafletMap.toJson(features).getBytes(StandardCharsets.UTF_8).length;
        Result r = new Result(nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.95)] / 1e6, bytes);
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK map %-10s %-28s proposals=%d markers=%d clusters=%d (holding %d) p50=%.1f ms p95=%.1f ms"
                        + " uncached p50=%.1f ms p95=%.1f ms payload=%.1f KB%n",
                database(),
                name,
                total,
                result.markers().size(),
                result.clusters().size(),
                result.clusters().stream().mapToInt(ProposalCluster::count).sum(),
                r.p50(),
                r.p95(),
                cold[cold.length / 2] / 1e6,
                cold[(int) (cold.length * 0.95)] / 1e6,
                bytes / 1024.0);
        return r;
    }

    /** 95,000 points and 5,000 areas of {@code max-vertices} corners, spread inside the boundary. */
    private void seed(Municipality m) {
        Integer existing = jdbc.queryForObject(
                "select count(*) from proposal where municipality_id = ? and title like 'Kartprøve %'",
                Integer.class, BAERUM.value());
        if (existing != null && existing >= PROPOSALS) {
            return;
        }
        UUID author = accounts.findByUsername("kari").orElseThrow().id().value();
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
                Geometry polygon = GeoJson.parse(polygon(lat, lon, settings.maxVertices() - 1));
                geometry = GeoJson.write(polygon);
                display = GeoJson.write(DisplayGeometry.simplify(polygon));
            } else {
                geometry = String.format(Locale.ROOT, "{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]}", lon, lat);
            }
            made++;
            batch.add(new Object[] {
                UUID.randomUUID(),
                BAERUM.value(),
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
                database(),
                PROPOSALS,
                (System.nanoTime() - started) / 1e9);
    }

    static String polygon(double lat, double lon, int corners) {
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
