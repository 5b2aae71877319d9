package no.samskap.notifications.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import no.samskap.notifications.NotificationKind;
import no.samskap.notifications.NotificationView;
import no.samskap.proposals.ProposalId;

/** One notification in one account's inbox. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;

    private UUID accountId;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private UUID proposalId;
    private String title;
    private String actorName;
    // Who caused it, so their name can be taken out if they delete their account.
    private UUID actorId;
    private String detail;
    private Instant createdAt;
    private Instant readAt;
    private Instant mailedAt;

    protected Notification() {}

    public Notification(
            UUID accountId,
            NotificationKind kind,
            UUID proposalId,
            String title,
            UUID actorId,
            String actorName,
            String detail,
            Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.kind = kind;
        this.proposalId = proposalId;
        this.title = title.length() > 120 ? title.substring(0, 120) : title;
        this.actorId = actorId;
        this.actorName = actorName;
        this.detail = detail;
        this.createdAt = now;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public NotificationKind kind() {
        return kind;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean mailed() {
        return mailedAt != null;
    }

    public void markMailed(Instant now) {
        if (mailedAt == null) {
            mailedAt = now;
        }
    }

    public NotificationView toView() {
        return new NotificationView(
                id, kind, new ProposalId(proposalId), title, actorName, detail, createdAt, readAt != null);
    }
}
