package no.samskap.proposals;

import java.util.ArrayList;
import java.util.List;
import no.samskap.proposals.internal.ClusterGrid;
import no.samskap.proposals.internal.MarkerRow;
import no.samskap.proposals.internal.ProposalRepository;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The map's reads: markers or counted clusters for a viewport, and a process's proposals. Kept
 * apart from {@link ProposalService}, which answers for them, because they follow their own rules
 * (payload budget, grid cells) and change for other reasons than editing proposals.
 */
@Component
class MapQueries {

    private final ProposalRepository proposals;
    private final ProposalsSettings settings;
    private final ClusterGrid clusterGrid;

    MapQueries(ProposalRepository proposals, ProposalsSettings settings, ClusterGrid clusterGrid) {
        this.proposals = proposals;
        this.settings = settings;
        this.clusterGrid = clusterGrid;
    }

    /** The public proposals of a process for its map, newest first, at most {@code limit}. */
    List<ProposalMarker> inProcess(ProcessId process, int limit) {
        return proposals.findMarkersInProcess(process.value(), PageRequest.ofSize(Math.max(1, limit))).stream()
                .map(MarkerRow::toMarker)
                .toList();
    }

    /**
     * What the map shows around the viewport: the public proposals one by one (shapes simplified)
     * when there are few enough and they fit the payload budget, otherwise counted clusters on a
     * grid, computed by the database. Either way one answer stays within
     * {@code samskap.proposals.map-payload-budget}.
     */
    MarkersInView markers(MunicipalityId municipality, Viewport viewport) {
        Viewport area = viewport.grow(settings.viewportMargin());
        String m = municipality.value();
        long count = proposals.countInBox(
                m, area.south(), area.west(), area.north(), area.east(), settings.clusterAbove() + 1);
        if (count <= settings.clusterAbove()) {
            List<ProposalMarker> markers = proposals
                    .findMarkers(
                            m,
                            area.south(),
                            area.west(),
                            area.north(),
                            area.east(),
                            PageRequest.ofSize(settings.clusterAbove()))
                    .stream()
                    .map(MarkerRow::toMarker)
                    .toList();
            if (MapPayload.bytes(markers) <= settings.mapPayloadBudget().toBytes()) {
                return new MarkersInView(area, markers, List.of(), false);
            }
        }
        return new MarkersInView(area, List.of(), clusters(m, area), false);
    }

    /** Counted cells over the box, at most about {@code clusterColumns} across, each cell square on the ground. */
    private List<ProposalCluster> clusters(String municipality, Viewport area) {
        double width = Math.max(area.east() - area.west(), 1e-6);
        // Cells snap to powers of two of a degree, so panning keeps them and zooming splits them evenly.
        double cellLon = Math.pow(2, Math.ceil(Math.log(width / settings.clusterColumns()) / Math.log(2)));
        double midLat = Math.toRadians((area.south() + area.north()) / 2);
        double cellLat = cellLon * Math.max(0.2, Math.cos(midLat));
        List<ProposalCluster> clusters = new ArrayList<>();
        for (ClusterGrid.Cell c : clusterGrid.cells(municipality, area, cellLat, cellLon)) {
            Viewport cell = new Viewport(
                    c.row() * cellLat, c.column() * cellLon, (c.row() + 1) * cellLat, (c.column() + 1) * cellLon);
            clusters.add(new ProposalCluster(
                    "cluster:" + c.row() + ":" + c.column() + ":" + cellLon, c.count(), c.lat(), c.lon(), cell));
        }
        return clusters;
    }
}
