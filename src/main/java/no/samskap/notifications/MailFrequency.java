package no.samskap.notifications;

import java.util.Locale;

/** How a person wants one kind of notification by mail. */
public enum MailFrequency {
    OFF,
    IMMEDIATE,
    DAILY,
    WEEKLY;

    public String messageKey() {
        return "mail-frequency." + name().toLowerCase(Locale.ROOT);
    }

    public boolean digest() {
        return this == DAILY || this == WEEKLY;
    }
}
