package no.samskap.voting.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Reads votes (their changes go through {@link VoteStore}); recounts for checks. */
public interface VoteRepository extends JpaRepository<Vote, Vote.Key> {

    /** Rows of (proposal id, stance, stakeholder, count) of counted votes: a full recount, for checks. */
    @Query("""
            select v.key.proposalId, v.stance, v.stakeholder, count(v)
            from Vote v where v.key.proposalId in :proposals and v.counted = true
            group by v.key.proposalId, v.stance, v.stakeholder
            """)
    List<Object[]> recount(@Param("proposals") Collection<UUID> proposals);

    /** All votes of one account, for blocking and unblocking it. */
    @Query("select v from Vote v where v.key.accountId = :account order by v.key.proposalId")
    List<Vote> byAccount(@Param("account") UUID account);
}
