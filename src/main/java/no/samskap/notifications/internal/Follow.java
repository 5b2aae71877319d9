package no.samskap.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An account follows a proposal. */
@Entity
@Table(name = "follow")
public class Follow {

    @EmbeddedId
    private Key key;

    private Instant since;

    protected Follow() {}

    public Follow(UUID proposalId, UUID accountId, Instant since) {
        this.key = new Key(proposalId, accountId);
        this.since = since;
    }

    public UUID accountId() {
        return key.accountId();
    }

    /** Proposal and account together. */
    @Embeddable
    public record Key(
            @Column(name = "proposal_id") UUID proposalId,
            @Column(name = "account_id") UUID accountId) implements Serializable {}
}
