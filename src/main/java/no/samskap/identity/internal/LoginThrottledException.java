package no.samskap.identity.internal;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** A login refused before its password was checked, because the username or address must wait. */
public class LoginThrottledException extends LockedException {

    private final Duration wait;

    public LoginThrottledException(Duration wait) {
        super("throttled");
        this.wait = wait;
    }

    /** Whole seconds to wait, at least one. */
    public long waitSeconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
