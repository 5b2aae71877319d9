package no.samskap.proposals.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.samskap.municipality.MunicipalityService;
import no.samskap.proposals.ProposalHidden;
import no.samskap.proposals.ProposalSubmitted;
import no.samskap.proposals.ProposalsSettings;
import no.samskap.proposals.Viewport;
import no.samskap.shared.GeoJson;
import no.samskap.shared.MunicipalityId;
import org.locationtech.jts.geom.Envelope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counted grid cells for the map, computed by the database. A view of a small area is counted
 * afresh; a view of most of a municipality (the same for every visitor at that zoom) reuses the
 * municipality's whole grid for up to {@code cluster-cache}, because counting 100,000 proposals
 * takes longer than a map should wait. A new or hidden proposal on this node drops the cached grids.
 */
@Component
public class ClusterGrid {

    /** One cell: its row and column on the grid, how many proposals, and their mean position. */
    public record Cell(long row, long column, int count, double lat, double lon) {}

    private record Key(String municipality, double cellLat, double cellLon) {}

    private record Cached(long expires, List<Cell> cells) {}

    private final ProposalRepository proposals;
    private final MunicipalityService municipalities;
    private final ProposalsSettings settings;
    private final Clock clock;
    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, Viewport> extents = new ConcurrentHashMap<>();

    ClusterGrid(
            ProposalRepository proposals, MunicipalityService municipalities, ProposalsSettings settings, Clock clock) {
        this.proposals = proposals;
        this.municipalities = municipalities;
        this.settings = settings;
        this.clock = clock;
    }

    public List<Cell> cells(String municipality, Viewport area, double cellLat, double cellLon) {
        Viewport extent = extents.computeIfAbsent(municipality, this::extent);
        if (overlap(area, extent) < 0.25 * size(extent)
                || settings.clusterCache().isZero()) {
            return count(municipality, area, cellLat, cellLon);
        }
        long now = clock.millis();
        Key key = new Key(municipality, cellLat, cellLon);
        Cached cached = cache.get(key);
        if (cached == null || cached.expires() < now) {
            if (cache.size() > 64) {
                cache.clear(); // a handful of zoom levels per municipality; never grows without bound
            }
            cached =
                    new Cached(now + settings.clusterCache().toMillis(), count(municipality, extent, cellLat, cellLon));
            cache.put(key, cached);
        }
        List<Cell> inView = new ArrayList<>();
        for (Cell c : cached.cells()) {
            double south = c.row() * cellLat;
            double west = c.column() * cellLon;
            if (south <= area.north()
                    && south + cellLat >= area.south()
                    && west <= area.east()
                    && west + cellLon >= area.west()) {
                inView.add(c);
            }
        }
        return inView;
    }

    @EventListener
    void on(ProposalSubmitted e) {
        forget(e.municipality());
    }

    @EventListener
    void on(ProposalHidden e) {
        forget(e.municipality());
    }

    /** Drops every cached grid, so the next view counts afresh (benchmarks measure that cost). */
    public void clear() {
        cache.clear();
    }

    private void forget(MunicipalityId municipality) {
        cache.keySet().removeIf(k -> k.municipality().equals(municipality.value()));
    }

    private List<Cell> count(String municipality, Viewport box, double cellLat, double cellLon) {
        List<Cell> cells = new ArrayList<>();
        for (Object[] row : proposals.clustersInBox(
                municipality, box.south(), box.west(), box.north(), box.east(), cellLat, cellLon)) {
            cells.add(new Cell(
                    ((Number) row[0]).longValue(),
                    ((Number) row[1]).longValue(),
                    ((Number) row[2]).intValue(),
                    ((Number) row[3]).doubleValue(),
                    ((Number) row[4]).doubleValue()));
        }
        return cells;
    }

    private Viewport extent(String municipality) {
        Envelope e = GeoJson.parse(
                        municipalities.get(MunicipalityId.of(municipality)).boundaryGeoJson())
                .getEnvelopeInternal();
        return new Viewport(e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX());
    }

    private static double size(Viewport v) {
        return (v.north() - v.south()) * (v.east() - v.west());
    }

    private static double overlap(Viewport a, Viewport b) {
        double h = Math.min(a.north(), b.north()) - Math.max(a.south(), b.south());
        double w = Math.min(a.east(), b.east()) - Math.max(a.west(), b.west());
        return h <= 0 || w <= 0 ? 0 : h * w;
    }
}
