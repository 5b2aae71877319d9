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

    /** Public proposals with only what the map needs; each query adds its own conditions. */
    String PUBLIC_MARKERS = """
            select new no.samskap.proposals.internal.MarkerRow(p.id, p.title, p.category, p.state, p.centroidLat,
                   p.centroidLon, p.geometryKind, coalesce(p.displayGeoJson, p.geometryGeoJson))
            from Proposal p
            where p.state <> no.samskap.proposals.ProposalState.DRAFT
              and p.hidden = false
            """;

    /** Public proposals whose centre lies in the box; reads only what the map needs. */
    @Query(PUBLIC_MARKERS + """
              and p.municipalityId = :municipality
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

    /** A process's public proposals, as the map shows them. */
    @Query(PUBLIC_MARKERS + """
              and p.processId = :process
            order by p.submittedAt desc
            """)
    List<MarkerRow> findMarkersInProcess(@Param("process") UUID process, Pageable limit);

    /**
     * How many public proposals have their centre in the box, counting no further than {@code atMost}:
     * enough to choose between markers and clusters without counting a whole municipality.
     */
    @Query(nativeQuery = true, value = """
            select count(*) from (
                select 1 from proposal p
                where p.municipality_id = :municipality
                  and p.hidden = false
                  and p.state <> 'DRAFT'
                  and p.centroid_lat between :south and :north
                  and p.centroid_lon between :west and :east
                fetch first :atMost rows only
            ) x
            """)
    long countInBox(
            @Param("municipality") String municipality,
            @Param("south") double south,
            @Param("west") double west,
            @Param("north") double north,
            @Param("east") double east,
            @Param("atMost") int atMost);

    /**
     * Public proposals in the box counted per grid cell ({@code cellLat} by {@code cellLon} degrees, on a
     * grid anchored at 0,0 so cells stay put while the map pans): rows of (cell row, cell column,
     * count, mean latitude, mean longitude). The database does the counting; nothing per proposal
     * leaves it.
     */
    @Query(nativeQuery = true, value = """
            select g.cy, g.cx, count(*), avg(g.lat), avg(g.lon) from (
                select floor(p.centroid_lat / :cellLat) as cy, floor(p.centroid_lon / :cellLon) as cx,
                       p.centroid_lat as lat, p.centroid_lon as lon
                from proposal p
                where p.municipality_id = :municipality
                  and p.hidden = false
                  and p.state <> 'DRAFT'
                  and p.centroid_lat between :south and :north
                  and p.centroid_lon between :west and :east
            ) g
            group by g.cy, g.cx
            """)
    List<Object[]> clustersInBox(
            @Param("municipality") String municipality,
            @Param("south") double south,
            @Param("west") double west,
            @Param("north") double north,
            @Param("east") double east,
            @Param("cellLat") double cellLat,
            @Param("cellLon") double cellLon);

    /** Lines and areas saved before display shapes were kept, a batch at a time. */
    @Query("select p from Proposal p where p.geometryKind <> 'Point' and p.displayGeoJson is null")
    List<Proposal> withoutDisplayShape(Pageable page);
}
