package no.samskap.voting.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Tallies for reading; every change goes through {@link VoteStore}, under the row's lock. */
public interface TallyVersionRepository extends JpaRepository<TallyVersion, UUID> {

    /** Rows of (proposal id, version, support by resident/business/official, oppose likewise). */
    @Query("""
            select t.proposalId, t.version, t.supportResident, t.supportBusiness, t.supportOfficial,
                   t.opposeResident, t.opposeBusiness, t.opposeOfficial
            from TallyVersion t where t.proposalId in :proposals
            """)
    List<Object[]> columnsOf(@Param("proposals") Collection<UUID> proposals);
}
