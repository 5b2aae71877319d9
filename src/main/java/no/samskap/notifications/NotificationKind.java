package no.samskap.notifications;

import java.util.Locale;

/** What a notification is about, and how it is mailed unless the person chooses otherwise. */
public enum NotificationKind {
    // An official answer to a followed proposal is sent at once unless turned off.
    ANSWERED(MailFrequency.IMMEDIATE),
    COMMENT(MailFrequency.DAILY),
    MENTION(MailFrequency.IMMEDIATE),
    // A new proposal near a place the person watches.
    NEARBY(MailFrequency.DAILY),
    // A process one follows published what it heard in a phase: rare, and sent at once.
    PROCESS(MailFrequency.IMMEDIATE);

    private final MailFrequency defaultFrequency;

    NotificationKind(MailFrequency defaultFrequency) {
        this.defaultFrequency = defaultFrequency;
    }

    public MailFrequency defaultFrequency() {
        return defaultFrequency;
    }

    public String messageKey() {
        return "notifications.kind." + name().toLowerCase(Locale.ROOT);
    }

    /** The kind's name in settings and in mail ("Official answers"). */
    public String labelKey() {
        return "notifications.kinds." + name().toLowerCase(Locale.ROOT);
    }
}
