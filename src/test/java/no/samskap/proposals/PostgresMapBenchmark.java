package no.samskap.proposals;

import no.samskap.persistence.PostgresAvailable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link MapBenchmarks} on PostgreSQL, in its own schema (seeded once, kept between runs). Run:
 * {@code ./mvnw test -Dvaadin.skip -Dtest=PostgresMapBenchmark} with the server .ci/run starts.
 */
@ExtendWith(PostgresAvailable.class)
@SpringBootTest
@ActiveProfiles({"test", "demo", "postgres"})
class PostgresMapBenchmark extends MapBenchmarks {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = env("SAMSKAP_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/samskap_test");
        registry.add(
                "spring.datasource.url",
                () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=samskap_map_bench");
        registry.add("spring.datasource.username", () -> env("SAMSKAP_TEST_PG_USER", "samskap"));
        registry.add("spring.datasource.password", () -> env("SAMSKAP_TEST_PG_PASSWORD", "samskap"));
        registry.add("spring.flyway.schemas", () -> "samskap_map_bench");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    String database() {
        return "PostgreSQL";
    }
}
