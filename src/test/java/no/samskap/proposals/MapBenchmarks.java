package no.samskap.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.samskap.identity.AccountService;
import no.samskap.map.LeafletMap;
import no.samskap.map.MapFeature;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.MunicipalityService;
import no.samskap.proposals.internal.ClusterGrid;
import no.samskap.shared.GeoJson;
import no.samskap.shared.MunicipalityId;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The map with 100,000 public proposals in one municipality, 5,000 of them areas at the vertex cap:
 * how long the map's query takes (p50/p95 over 100 runs) and how much one map update carries, for the
 * whole municipality, one district and a few streets. Seeds by JDBC once; see docs/benchmarks.md.
 */
abstract class MapBenchmarks {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    static final int PROPOSALS = MapSeed.PROPOSALS;

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

    private void seed(Municipality m) {
        MapSeed.seed(
                jdbc,
                m,
                accounts.findByUsername("kari").orElseThrow().id().value(),
                settings.maxVertices(),
                database());
    }
}
