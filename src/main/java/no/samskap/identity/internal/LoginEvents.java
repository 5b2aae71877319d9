package no.samskap.identity.internal;

import java.util.Locale;
import no.samskap.identity.SignedInUser;
import no.samskap.protection.ClientAddress;
import no.samskap.protection.SecurityLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Feeds login outcomes into the throttle and the security log. */
@Component
public class LoginEvents {

    private final LoginThrottle throttle;
    private final SecurityLog log;

    LoginEvents(LoginThrottle throttle, SecurityLog log) {
        this.throttle = throttle;
        this.log = log;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String address = ClientAddress.current();
        throttle.recordSuccess(username(event.getAuthentication().getName()), address);
        String id = event.getAuthentication().getPrincipal() instanceof SignedInUser user
                ? user.id().value().toString()
                : null;
        log.recordFrom(SecurityLog.Event.LOGIN_SUCCESS, id, address);
    }

    /** The session attribute with the username of the last failed login, so the form can show it again. */
    public static final String LAST_USERNAME = "samskap.last-username";

    @EventListener
    void onAnyFailure(AbstractAuthenticationFailureEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            Object name = event.getAuthentication().getName();
            attributes
                    .getRequest()
                    .getSession()
                    .setAttribute(LAST_USERNAME, shorten(String.valueOf(name).strip()));
        }
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String address = ClientAddress.current();
        String username = username(event.getAuthentication().getName());
        throttle.recordFailure(username, address);
        log.recordFrom(
                SecurityLog.Event.LOGIN_FAILURE, null, address, "username", shorten(username), "reason", "credentials");
    }

    @EventListener
    void onBlocked(AuthenticationFailureDisabledEvent event) {
        failure(event, "blocked");
    }

    private void failure(AbstractAuthenticationFailureEvent event, String reason) {
        log.recordFrom(
                SecurityLog.Event.LOGIN_FAILURE,
                null,
                ClientAddress.current(),
                "username",
                shorten(username(event.getAuthentication().getName())),
                "reason",
                reason);
    }

    private static String username(String name) {
        return String.valueOf(name).strip().toLowerCase(Locale.ROOT);
    }

    /** A username as logged: bounded, in case someone typed their password into the wrong field. */
    static String shorten(String username) {
        return username.length() > 64 ? username.substring(0, 64) + "…" : username;
    }
}
