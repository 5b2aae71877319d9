package no.samskap.protection.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SafeDefaultsTest {

    @Test
    void demoDataNeverGoesIntoAPostgresDatabase() {
        assertThatThrownBy(() -> SafeDefaults.check(Set.of("demo", "postgres"), "secret"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'demo'");
    }

    @Test
    void postgresNeedsADatabasePassword() {
        assertThatThrownBy(() -> SafeDefaults.check(Set.of("postgres"), ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SPRING_DATASOURCE_PASSWORD");
        assertThatThrownBy(() -> SafeDefaults.check(Set.of("postgres"), null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theEmbeddedDemoAndAProperlyConfiguredPostgresStart() {
        assertThatCode(() -> SafeDefaults.check(Set.of("demo"), "")).doesNotThrowAnyException();
        assertThatCode(() -> SafeDefaults.check(Set.of("postgres"), "s3cret-db"))
                .doesNotThrowAnyException();
        // The test suite's own profile, which exists only on the test classpath.
        assertThatCode(() -> SafeDefaults.check(Set.of("test", "demo", "postgres"), "samskap"))
                .doesNotThrowAnyException();
    }
}
