package no.samskap.workshops.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import no.samskap.workshops.WorkshopSettings;
import org.springframework.stereotype.Component;

/**
 * Counts wrong join codes per client address across the cluster. A code has six characters of
 * 32 (about 10^9 codes), so a cap of a few wrong codes per quarter of an hour makes guessing
 * hopeless, while someone who mistypes a few times is not hindered.
 */
@Component
public class JoinAttempts {

    private final IMap<String, Integer> failures;
    private final int maxFailures;

    JoinAttempts(HazelcastInstance hazelcast, WorkshopSettings settings) {
        this.failures = hazelcast.getMap(WorkshopStructures.ATTEMPTS);
        this.maxFailures = settings.maxWrongCodes();
    }

    public boolean isThrottled(String address) {
        Integer count = failures.get(key(address));
        return count != null && count >= maxFailures;
    }

    public void recordFailure(String address) {
        // merge() is atomic on the entry's owner; each write restarts the window for that address.
        failures.merge(key(address), 1, Integer::sum);
    }

    private static String key(String address) {
        return address == null || address.isBlank() ? "unknown" : address;
    }
}
