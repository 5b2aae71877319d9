package no.samskap.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.MunicipalityService;
import no.samskap.shared.GeoJson;
import no.samskap.shared.MunicipalityId;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * How long the map's viewport query takes with 10,000 proposals in one municipality, and how
 * much it sends. Not part of the test suite (the name does not end in Test); run it with
 * {@code ./mvnw test -Dtest=ViewportBenchmark} — see docs/benchmarks.md.
 */
@SpringBootTest(properties = "samskap.proposals.generated-proposals=10000")
@ActiveProfiles({"test", "demo"})
class ViewportBenchmark {

    @Autowired
    ProposalService proposals;

    @Autowired
    MunicipalityService municipalities;

    @Test
    void viewportQueries() {
        MunicipalityId baerum = MunicipalityId.of("baerum");
        Municipality m = municipalities.get(baerum);
        Envelope box = GeoJson.parse(m.boundaryGeoJson()).getEnvelopeInternal();
        Viewport whole = new Viewport(box.getMinY(), box.getMinX(), box.getMaxY(), box.getMaxX());
        Viewport street =
                new Viewport(m.centreLat() - 0.005, m.centreLon() - 0.01, m.centreLat() + 0.005, m.centreLon() + 0.01);
        long total = proposals.count(ProposalQuery.all(baerum));
        assertThat(total).isGreaterThanOrEqualTo(10_000);
        report("whole municipality", whole, total);
        report("a few streets", street, total);
    }

    private void report(String name, Viewport viewport, long total) {
        MarkersInView result = null;
        for (int i = 0; i < 20; i++) {
            result = proposals.markers(MunicipalityId.of("baerum"), viewport);
        }
        int runs = 100;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            result = proposals.markers(MunicipalityId.of("baerum"), viewport);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        List<ProposalMarker> markers = result.markers();
        int bytes = JsonMapper.builder().build().writeValueAsBytes(markers).length;
        System.out.printf(
                "BENCHMARK viewport %-20s proposals=%d markers=%d truncated=%s p50=%.1f ms p95=%.1f ms"
                        + " max=%.1f ms payload=%d KB%n",
                name,
                total,
                markers.size(),
                result.truncated(),
                nanos[runs / 2] / 1e6,
                nanos[(int) (runs * 0.95)] / 1e6,
                nanos[runs - 1] / 1e6,
                bytes / 1024);
        assertThat(markers).isNotEmpty();
    }
}
