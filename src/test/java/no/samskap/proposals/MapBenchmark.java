package no.samskap.proposals;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link MapBenchmarks} on the embedded H2. Run: {@code ./mvnw test -Dvaadin.skip -Dtest=MapBenchmark}. */
// H2 reuses the result of an identical query while no table changed; switched off so every run counts.
@SpringBootTest(
        properties =
                "spring.datasource.url=jdbc:h2:mem:map-bench;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;OPTIMIZE_REUSE_RESULTS=FALSE")
@ActiveProfiles({"test", "demo"})
class MapBenchmark extends MapBenchmarks {

    @Override
    String database() {
        return "H2";
    }
}
