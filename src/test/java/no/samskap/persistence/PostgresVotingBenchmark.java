package no.samskap.persistence;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link VotingBenchmark} on the PostgreSQL server the tests use. */
@ExtendWith(PostgresAvailable.class)
@SpringBootTest
@ActiveProfiles({"test", "demo", "postgres"})
class PostgresVotingBenchmark extends VotingBenchmark {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresPersistenceTest.postgres(registry);
    }

    @Override
    String database() {
        return "PostgreSQL";
    }
}
