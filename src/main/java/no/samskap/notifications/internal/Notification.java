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
import no.samskap.shared.ProcessId;

/** One notification in one account's inbox. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;

    private UUID accountId;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    // One of the two: the proposal it is about, or the process (a phase's summary).
    private UUID proposalId;
    private UUID processId;
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

    /** A notification about a process rather than a proposal. */
    public static Notification aboutProcess(
            UUID accountId,
            NotificationKind kind,
            UUID processId,
            String title,
            UUID actorId,
            String actorName,
            String detail,
            Instant now) {
        Notification n = new Notification(accountId, kind, null, title, actorId, actorName, detail, now);
        n.processId = processId;
        return n;
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
                id,
                kind,
                proposalId == null ? null : new ProposalId(proposalId),
                processId == null ? null : new ProcessId(processId),
                title,
                actorName,
                detail,
                createdAt,
                readAt != null);
    }
}
