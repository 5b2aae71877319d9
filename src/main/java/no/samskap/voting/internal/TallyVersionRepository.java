package no.samskap.voting.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Tally versions; locking one serialises the vote changes of its proposal. */
public interface TallyVersionRepository extends JpaRepository<TallyVersion, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from TallyVersion t where t.proposalId = :proposal")
    Optional<TallyVersion> lock(@Param("proposal") UUID proposal);

    /** Rows of (proposal id, version). */
    @Query("select t.proposalId, t.version from TallyVersion t where t.proposalId in :proposals")
    List<Object[]> versions(@Param("proposals") Collection<UUID> proposals);
}
