package no.samskap.persistence;

import no.samskap.support.TestPostgres;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Ballot throughput on PostgreSQL (as .ci/run starts it, in a schema of its own). Not part of the
 * suite: {@code ./mvnw test -Dvaadin.skip -Dtest=PostgresBallotBenchmark}; see docs/benchmarks.md.
 */
@ExtendWith(PostgresAvailable.class)
@SpringBootTest
@ActiveProfiles({"test", "demo", "postgres"})
class PostgresBallotBenchmark extends BallotThroughput {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.urlFor("samskap_ballot_bench"));
        registry.add("spring.datasource.username", () -> TestPostgres.USER);
        registry.add("spring.datasource.password", () -> TestPostgres.PASSWORD);
        registry.add("spring.flyway.schemas", () -> "samskap_ballot_bench");
    }

    @Override
    String database() {
        return "PostgreSQL";
    }
}
