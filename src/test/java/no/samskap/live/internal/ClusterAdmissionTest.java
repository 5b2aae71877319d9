package no.samskap.live.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import no.samskap.live.LiveSettings;
import org.junit.jupiter.api.Test;

class ClusterAdmissionTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    private static LiveSettings settings(String bind, String secret) {
        return new LiveSettings(
                "samskap",
                bind,
                5701,
                List.of(bind),
                Duration.ofMillis(250),
                Duration.ofSeconds(15),
                10000,
                Duration.ofSeconds(12),
                secret);
    }

    @Test
    void onLoopbackNoSecretIsNeeded() {
        assertThat(ClusterAdmission.clusterName(settings("127.0.0.1", ""))).isEqualTo("samskap");
        assertThat(ClusterAdmission.clusterName(settings("::1", ""))).isEqualTo("samskap");
        assertThat(ClusterAdmission.clusterName(settings("localhost", ""))).isEqualTo("samskap");
    }

    @Test
    void beyondLoopbackANodeRefusesToStartWithoutASecret() {
        for (String bind : new String[] {"10.0.0.5", "0.0.0.0", "node-a.internal"}) {
            assertThatThrownBy(() -> ClusterAdmission.clusterName(settings(bind, "")))
                    .as(bind)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("SAMSKAP_LIVE_CLUSTER_SECRET");
        }
    }

    @Test
    void aShortOrGuessableSecretIsRefused() {
        assertThatThrownBy(() -> ClusterAdmission.clusterName(settings("10.0.0.5", "hemmelig")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("too short");
    }

    @Test
    void theSecretSealsTheNameWithoutShowingIt() {
        String name = ClusterAdmission.clusterName(settings("10.0.0.5", SECRET));
        assertThat(name).startsWith("samskap-").doesNotContain(SECRET).hasSize("samskap-".length() + 32);
        assertThat(ClusterAdmission.clusterName(settings("10.0.0.6", SECRET))).isEqualTo(name);
        assertThat(ClusterAdmission.clusterName(settings("10.0.0.5", SECRET.replace('0', 'x'))))
                .isNotEqualTo(name);
        assertThat(settings("10.0.0.5", SECRET).toString()).doesNotContain(SECRET);
    }
}
