package no.samskap.proposals.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stores proposals. */
public interface ProposalRepository extends JpaRepository<Proposal, UUID>, JpaSpecificationExecutor<Proposal> {

    List<Proposal> findByAuthorId(UUID authorId);

    /** Public proposals whose centre lies in the box; reads only what the map needs. */
    @Query("""
            select new no.samskap.proposals.internal.MarkerRow(p.id, p.title, p.category, p.state, p.centroidLat,
                   p.centroidLon, p.geometryKind, p.geometryGeoJson)
            from Proposal p
            where p.municipalityId = :municipality
              and p.state <> no.samskap.proposals.ProposalState.DRAFT
              and p.hidden = false
              and p.centroidLat between :south and :north
              and p.centroidLon between :west and :east
            order by p.submittedAt desc
            """)
    List<MarkerRow> findMarkers(
            @Param("municipality") String municipality,
            @Param("south") double south,
            @Param("west") double west,
            @Param("north") double north,
            @Param("east") double east,
            Pageable limit);
}
