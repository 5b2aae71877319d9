package no.samskap.identity.internal;

import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds login outcomes into the throttle. */
@Component
class LoginSuccessListener {

    private final LoginThrottle throttle;

    LoginSuccessListener(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        throttle.recordSuccess(event.getAuthentication().getName().toLowerCase(Locale.ROOT));
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        throttle.recordFailure(
                String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(Locale.ROOT),
                SecurityConfiguration.clientAddress());
    }
}
