package no.samskap.protection;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security events as one JSON object per line on the logger {@code samskap.security}, so a log
 * shipper can alert on them: who (account id, never a password, token or session id), from where,
 * what happened. Route the logger to its own file or collector in the logging configuration.
 */
@Component
public class SecurityLog {

    private static final Logger log = LoggerFactory.getLogger("samskap.security");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Clock clock;

    SecurityLog(Clock clock) {
        this.clock = clock;
    }

    /** The kinds of event recorded; their names are the {@code event} field. */
    public enum Event {
        LOGIN_SUCCESS("login_success"),
        LOGIN_FAILURE("login_failure"),
        LOGIN_THROTTLED("login_throttled"),
        LOGOUT("logout"),
        REGISTRATION("registration"),
        PASSWORD_CHANGED("password_changed"),
        ACCESS_DENIED("access_denied"),
        RATE_LIMITED("rate_limited"),
        ROLE_ACTION("role_action"),
        SESSION_EXPIRED("session_expired"),
        PASSWORD_RESET_REQUESTED("password_reset_requested"),
        PASSWORD_RESET("password_reset"),
        EMAIL_VERIFIED("email_verified"),
        EMAIL_CHANGED("email_changed"),
        DATA_EXPORTED("data_exported"),
        NAME_CHANGED("name_changed"),
        ACCOUNT_DELETED("account_deleted"),
        IDENTITY_LINKED("identity_linked");

        private final String name;

        Event(String name) {
            this.name = name;
        }

        public String eventName() {
            return name;
        }
    }

    /**
     * Records an event for an account (null when unknown) from the current client address.
     * {@code details} are alternating names and values and must never hold a secret.
     */
    public void record(Event event, String accountId, Object... details) {
        recordFrom(event, accountId, ClientAddress.current(), details);
    }

    /** As {@link #record(Event, String, Object...)}, with the client address given. */
    public void recordFrom(Event event, String accountId, String address, Object... details) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", clock.instant().toString());
        line.put("event", event.eventName());
        line.put("user", accountId);
        line.put("address", address);
        for (int i = 0; i + 1 < details.length; i += 2) {
            Object value = details[i + 1];
            line.put(String.valueOf(details[i]), value == null ? null : String.valueOf(value));
        }
        String json = JSON.writeValueAsString(line);
        // Warnings are what an operator may want to be alerted to; the rest is the record.
        switch (event) {
            case LOGIN_FAILURE, LOGIN_THROTTLED, ACCESS_DENIED, RATE_LIMITED -> log.warn(json);
            default -> log.info(json);
        }
    }
}
