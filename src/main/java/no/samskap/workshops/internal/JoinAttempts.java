package no.samskap.workshops.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import org.springframework.stereotype.Component;

/**
 * Counts wrong join codes per client address across the cluster. A code has six characters of
 * 32 (about 10^9 codes), so a cap of a few wrong codes per quarter of an hour makes guessing
 * hopeless, while someone who mistypes a few times is not hindered.
 */
@Component
public class JoinAttempts {

    /** Wrong codes allowed per address within {@link WorkshopStructures#ATTEMPTS_WINDOW_SECONDS}. */
    static final int MAX_FAILURES = 20;

    private final IMap<String, Integer> failures;

    JoinAttempts(HazelcastInstance hazelcast) {
        this.failures = hazelcast.getMap(WorkshopStructures.ATTEMPTS);
    }

    public boolean isThrottled(String address) {
        Integer count = failures.get(key(address));
        return count != null && count >= MAX_FAILURES;
    }

    public void recordFailure(String address) {
        // merge() is atomic on the entry's owner; each write restarts the window for that address.
        failures.merge(key(address), 1, Integer::sum);
    }

    private static String key(String address) {
        return address == null || address.isBlank() ? "unknown" : address;
    }
}
