package no.samskap.voting.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samskap.proposals.ProposalId;
import no.samskap.voting.StakeholderType;
import no.samskap.voting.Tally;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Tallies; locking one serialises the vote changes of its proposal. */
public interface TallyVersionRepository extends JpaRepository<TallyVersion, UUID> {

    String COLUMNS = "t.version, t.supportResident, t.supportBusiness, t.supportOfficial,"
            + " t.opposeResident, t.opposeBusiness, t.opposeOfficial";

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from TallyVersion t where t.proposalId = :proposal")
    Optional<TallyVersion> lock(@Param("proposal") UUID proposal);

    /**
     * Adds the change and bumps the version in one UPDATE, which the database applies to the row's
     * latest committed state: exact even where a locking read might return an older one.
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update TallyVersion t set t.version = t.version + 1,
                t.supportResident = t.supportResident + :sr, t.supportBusiness = t.supportBusiness + :sb,
                t.supportOfficial = t.supportOfficial + :so, t.opposeResident = t.opposeResident + :or,
                t.opposeBusiness = t.opposeBusiness + :ob, t.opposeOfficial = t.opposeOfficial + :oo
            where t.proposalId = :proposal
            """)
    int apply(
            @Param("proposal") UUID proposal,
            @Param("sr") int supportResident,
            @Param("sb") int supportBusiness,
            @Param("so") int supportOfficial,
            @Param("or") int opposeResident,
            @Param("ob") int opposeBusiness,
            @Param("oo") int opposeOfficial);

    default void apply(UUID proposal, TallyChange change) {
        int r = StakeholderType.RESIDENT.ordinal();
        int b = StakeholderType.BUSINESS.ordinal();
        int o = StakeholderType.OFFICIAL.ordinal();
        apply(
                proposal,
                change.support[r],
                change.support[b],
                change.support[o],
                change.oppose[r],
                change.oppose[b],
                change.oppose[o]);
    }

    /** Version and counts as plain columns, so the answer is the database's, never a cached entity's. */
    @Query("select " + COLUMNS + " from TallyVersion t where t.proposalId = :proposal")
    List<Object[]> columns(@Param("proposal") UUID proposal);

    /** Rows of (proposal id, version, counts...) for many proposals at once. */
    @Query("select t.proposalId, " + COLUMNS + " from TallyVersion t where t.proposalId in :proposals")
    List<Object[]> columnsOf(@Param("proposals") Collection<UUID> proposals);

    default Tally read(UUID proposal) {
        List<Object[]> rows = columns(proposal);
        return rows.isEmpty()
                ? new Tally(new ProposalId(proposal), Map.of(), Map.of(), 0L)
                : TallyVersion.fromColumns(proposal, rows.getFirst());
    }
}
