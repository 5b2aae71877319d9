package no.samskap.identity.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import no.samskap.identity.IdentitySettings;
import no.samskap.protection.ClientAddress;
import no.samskap.protection.Limit;
import no.samskap.protection.RateLimits;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing with growing delays instead of a lock: after a few failures for a
 * username, each further attempt must wait twice as long as the one before. From the address
 * that keeps failing the wait grows to minutes; from any other address it stays at seconds, so
 * failing on purpose cannot keep an official out. An address that fails across many usernames is
 * stopped by its own rate limit. Counts are shared by the whole cluster.
 */
@Component
public class LoginThrottle {

    private final IdentitySettings settings;
    private final Clock clock;
    private final HazelcastInstance hazelcast;
    private final RateLimits limits;

    LoginThrottle(IdentitySettings settings, Clock clock, HazelcastInstance hazelcast, RateLimits limits) {
        this.settings = settings;
        this.clock = clock;
        this.hazelcast = hazelcast;
        this.limits = limits;
    }

    private IMap<String, long[]> failures() {
        return hazelcast.getMap(LoginStructures.FAILURES);
    }

    /** How long this username must wait before trying again from this address; empty if it may try now. */
    public Optional<Duration> waitBefore(String username, String address) {
        String addressKey = ClientAddress.limitKey(address);
        long now = clock.millis();
        long wait = Math.max(
                remaining(failures().get(accountKey(username)), settings.maxAccountLoginDelay(), now),
                remaining(failures().get(pairKey(username, addressKey)), settings.maxLoginDelay(), now));
        Optional<Duration> addressWait = limits.waitFor(Limit.FAILED_LOGIN_ADDRESS, addressKey);
        if (addressWait.isPresent()) {
            wait = Math.max(wait, addressWait.get().toMillis());
        }
        return wait > 0 ? Optional.of(Duration.ofMillis(wait)) : Optional.empty();
    }

    public void recordFailure(String username, String address) {
        String addressKey = ClientAddress.limitKey(address);
        long now = clock.millis();
        increment(accountKey(username), now);
        increment(pairKey(username, addressKey), now);
        try {
            limits.consume(Limit.FAILED_LOGIN_ADDRESS, addressKey);
        } catch (RuntimeException alreadyLimited) {
            // The address is out of attempts; waitBefore refuses its next ones.
        }
    }

    public void recordSuccess(String username, String address) {
        failures().delete(accountKey(username));
        failures().delete(pairKey(username, ClientAddress.limitKey(address)));
    }

    private long remaining(long[] entry, Duration cap, long now) {
        if (entry == null || entry[0] <= settings.freeFailedLogins()) {
            return 0;
        }
        long doublings = Math.min(40, entry[0] - settings.freeFailedLogins() - 1);
        long delay = Math.min(cap.toMillis(), settings.firstLoginDelay().toMillis() << doublings);
        return Math.max(0, entry[1] + delay - now);
    }

    private void increment(String key, long now) {
        IMap<String, long[]> map = failures();
        // Compare-and-set on the entry's owner, so failures on two nodes at once both count.
        for (int attempt = 0; attempt < 20; attempt++) {
            long[] old = map.get(key);
            if (old == null) {
                if (map.putIfAbsent(key, new long[] {1, now}) == null) {
                    return;
                }
            } else if (map.replace(key, old, new long[] {old[0] + 1, now})) {
                return;
            }
        }
    }

    private static String accountKey(String username) {
        return "u:" + username;
    }

    private static String pairKey(String username, String addressKey) {
        return "ua:" + username + "|" + addressKey;
    }
}
