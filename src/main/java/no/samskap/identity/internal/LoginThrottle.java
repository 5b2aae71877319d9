package no.samskap.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.samskap.identity.IdentitySettings;
import no.samskap.shared.UserFacingException;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing and mass registration: counts recent failures per
 * username and per client address in a sliding window.
 */
@Component
public class LoginThrottle {

    private final IdentitySettings settings;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> registrations = new ConcurrentHashMap<>();

    LoginThrottle(IdentitySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public boolean isThrottled(String username, String address) {
        return count(failures, "u:" + username, settings.lockout().toMillis()) >= settings.maxFailedLogins()
                || count(failures, "a:" + address, settings.lockout().toMillis()) >= settings.maxFailedLogins() * 4;
    }

    public void recordFailure(String username, String address) {
        add(failures, "u:" + username);
        add(failures, "a:" + address);
    }

    public void recordSuccess(String username) {
        failures.remove("u:" + username);
    }

    public void checkRegistration(String address) {
        String key = address == null ? "unknown" : address;
        if (count(registrations, key, 3_600_000) >= settings.maxRegistrationsPerHour()) {
            throw new UserFacingException("error.registration.throttled");
        }
        add(registrations, key);
    }

    private void add(Map<String, Deque<Instant>> map, String key) {
        Deque<Instant> q = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            q.addLast(clock.instant());
            while (q.size() > 100) {
                q.removeFirst();
            }
        }
    }

    private int count(Map<String, Deque<Instant>> map, String key, long windowMillis) {
        Deque<Instant> q = map.get(key);
        if (q == null) {
            return 0;
        }
        Instant cutoff = clock.instant().minusMillis(windowMillis);
        synchronized (q) {
            while (!q.isEmpty() && q.peekFirst().isBefore(cutoff)) {
                q.removeFirst();
            }
            return q.size();
        }
    }
}
