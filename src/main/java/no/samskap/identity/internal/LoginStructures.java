package no.samskap.identity.internal;

import com.hazelcast.config.Config;
import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import no.samskap.identity.IdentitySettings;
import no.samskap.live.ClusterStructures;
import org.springframework.context.annotation.Configuration;

/** The cluster map of recent failed logins, forgotten after a quiet spell and bounded in size. */
@Configuration(proxyBeanMethods = false)
class LoginStructures implements ClusterStructures {

    static final String FAILURES = "samskap-login-failures";

    private final IdentitySettings settings;

    LoginStructures(IdentitySettings settings) {
        this.settings = settings;
    }

    @Override
    public void declare(Config config) {
        config.addMapConfig(new MapConfig(FAILURES)
                .setBackupCount(1)
                .setMaxIdleSeconds(
                        (int) Math.max(1, settings.failedLoginMemory().toSeconds()))
                // Least recently used entries go first: only a flood of made-up usernames reaches this.
                .setEvictionConfig(new EvictionConfig()
                        .setEvictionPolicy(EvictionPolicy.LRU)
                        .setMaxSizePolicy(MaxSizePolicy.PER_NODE)
                        .setSize(200_000)));
    }
}
