package no.samskap.voting.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samskap.voting.Stance;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stores votes; the tallies beside them are kept in step by the voting service. */
public interface VoteRepository extends JpaRepository<Vote, Vote.Key> {

    /** An account's stance on a proposal, read without loading the vote (so a later locked read is fresh). */
    @Query("select v.stance from Vote v where v.key = :key")
    Optional<Stance> stanceOf(@Param("key") Vote.Key key);

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

    @Modifying
    @Query("delete from Vote v where v.key = :key")
    int deleteByKey(@Param("key") Vote.Key key);
}
