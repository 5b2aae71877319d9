package no.samskap.voting.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stores votes and counts them. */
public interface VoteRepository extends JpaRepository<Vote, Vote.Key> {

    /** Rows of (proposal id, stance, stakeholder, count). */
    @Query("""
            select v.key.proposalId, v.stance, v.stakeholder, count(v)
            from Vote v where v.key.proposalId in :proposals
            group by v.key.proposalId, v.stance, v.stakeholder
            """)
    List<Object[]> count(@Param("proposals") Collection<UUID> proposals);

    @Modifying
    @Query("delete from Vote v where v.key = :key")
    int deleteByKey(@Param("key") Vote.Key key);
}
