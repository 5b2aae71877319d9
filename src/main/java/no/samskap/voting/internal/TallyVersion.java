package no.samskap.voting.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The number of the latest change to one proposal's votes. */
@Entity
@Table(name = "vote_tally_version")
public class TallyVersion {

    @Id
    private UUID proposalId;

    private long version;

    protected TallyVersion() {}

    public TallyVersion(UUID proposalId) {
        this.proposalId = proposalId;
    }

    /** Counts one more change; call while holding the row's lock. */
    public long bump() {
        return ++version;
    }
}
