package no.samskap.moderation;

import java.util.Locale;

/** Why someone reports content. */
public enum ReportReason {
    SPAM,
    OFFENSIVE,
    OFF_TOPIC,
    PERSONAL_DATA,
    OTHER;

    public String messageKey() {
        return "moderation.reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
