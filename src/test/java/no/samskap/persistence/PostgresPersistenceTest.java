package no.samskap.persistence;

import no.samskap.support.TestPostgres;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The persistence contract on a real PostgreSQL server. CI starts one; elsewhere the tests
 * are skipped with a message saying why. Connection from SAMSKAP_TEST_PG_URL,
 * SAMSKAP_TEST_PG_USER and SAMSKAP_TEST_PG_PASSWORD (defaults match .ci/run).
 */
@ExtendWith(PostgresAvailable.class)
@SpringBootTest
@ActiveProfiles({"test", "demo", "postgres"})
class PostgresPersistenceTest extends PersistenceContract {

    static final String URL = TestPostgres.URL;
    static final String USER = TestPostgres.USER;
    static final String PASSWORD = TestPostgres.PASSWORD;
    static final String SCHEMA = "samskap_test_run";

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.urlFor(SCHEMA));
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }
}
