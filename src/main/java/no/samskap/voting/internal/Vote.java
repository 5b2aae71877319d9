package no.samskap.voting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import no.samskap.voting.StakeholderType;
import no.samskap.voting.Stance;

/** One account's vote on one proposal; the primary key makes a second one impossible. */
@Entity
@Table(name = "vote")
public class Vote {

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    private Stance stance;

    @Enumerated(EnumType.STRING)
    private StakeholderType stakeholder;

    private Instant castAt;

    private boolean counted = true;

    protected Vote() {}

    public Vote(UUID proposalId, UUID accountId, Stance stance, StakeholderType stakeholder, Instant now) {
        this.key = new Key(proposalId, accountId);
        this.stance = stance;
        this.stakeholder = stakeholder;
        this.castAt = now;
    }

    public Stance stance() {
        return stance;
    }

    public StakeholderType stakeholder() {
        return stakeholder;
    }

    public UUID proposalId() {
        return key.proposalId();
    }

    /** Whether this vote counts in its proposal's tally (not while its account is blocked). */
    public boolean counted() {
        return counted;
    }

    public void setCounted(boolean value) {
        this.counted = value;
    }

    public void change(Stance newStance, Instant now) {
        this.stance = newStance;
        this.castAt = now;
    }

    /** Proposal and account together. */
    @Embeddable
    public record Key(
            @Column(name = "proposal_id") UUID proposalId,
            @Column(name = "account_id") UUID accountId) implements Serializable {}
}
