package no.samskap.notifications;

import java.util.Locale;

/** What a notification is about. Email delivery can be added per kind later. */
public enum NotificationKind {
    ANSWERED,
    COMMENT,
    MENTION;

    public String messageKey() {
        return "notifications.kind." + name().toLowerCase(Locale.ROOT);
    }
}
