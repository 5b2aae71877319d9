package no.samskap.notifications.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import no.samskap.notifications.MailFrequency;

/** One person's choice for one kind of notification; without a row the kind's default holds. */
@Entity
@Table(name = "mail_preference")
public class MailPreference {

    @Embeddable
    public record Key(UUID accountId, String kind) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    private MailFrequency frequency;

    protected MailPreference() {}

    public MailPreference(UUID accountId, String kind, MailFrequency frequency) {
        this.key = new Key(accountId, kind);
        this.frequency = frequency;
    }

    public String kind() {
        return key.kind();
    }

    public UUID accountId() {
        return key.accountId();
    }

    public MailFrequency frequency() {
        return frequency;
    }

    public void setFrequency(MailFrequency frequency) {
        this.frequency = frequency;
    }
}
