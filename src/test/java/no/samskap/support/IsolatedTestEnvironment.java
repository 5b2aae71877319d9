package no.samskap.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every application context a test starts its own Hazelcast cluster name and fast pushes.
 * A profile file cannot do this: {@code ./config/application.yml} in the working directory ranks
 * above {@code application-test.yml} on the classpath, so all contexts of a test JVM would join
 * one cluster and share its topic. Values given on the command line (as the cluster tests do)
 * still win.
 */
public class IsolatedTestEnvironment implements EnvironmentPostProcessor {

    static final String NAME = "samskapIsolatedTest";
    private static final List<String> RAISED_LIMITS =
            List.of("proposal", "comment", "vote", "report", "follow", "idea-pin", "scenario-save", "workshop-join");
    private static final Set<String> OVERRIDES =
            Set.of("commandLineArgs", "Inlined Test Properties", "Dynamic Test Properties");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> values = new HashMap<>();
        // Tests act many times as the same few demo accounts within one cached context; their
        // per-account write allowances are raised so only the tests about limits meet them (those set
        // their own). Registration, wrong join codes and failed logins keep the shipped defaults.
        for (String limit : RAISED_LIMITS) {
            values.put("samskap.protection.limits." + limit + ".capacity", "1000000");
            values.put("samskap.protection.limits." + limit + ".period", "1h");
        }
        values.putAll(Map.of(
                "samskap.live.cluster-name",
                "test-" + UUID.randomUUID(),
                "samskap.live.push-interval",
                "50ms",
                // Tests count the work they cause; a background warm-up would add to it.
                "samskap.impact.warm-up",
                "false",
                // Digests are sent by the tests about them, at the times they choose, not by the clock.
                "samskap.notifications.digest-check",
                "3650d"));
        var settings = new MapPropertySource(NAME, values);
        var sources = environment.getPropertySources();
        // Below what a test or its command line says, above every configuration file.
        String after = null;
        for (var source : sources) {
            if (OVERRIDES.contains(source.getName())) {
                after = source.getName();
            }
        }
        if (after == null) {
            sources.addFirst(settings);
        } else {
            sources.addAfter(after, settings);
        }
    }
}
