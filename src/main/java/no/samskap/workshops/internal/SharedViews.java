package no.samskap.workshops.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.Optional;
import no.samskap.workshops.FacilitatorView;
import no.samskap.workshops.WorkshopEvent;
import no.samskap.workshops.WorkshopId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The facilitator's shared map view ("follow me"), kept cluster-wide so participants who arrive
 * later, on any node, start where the room is looking.
 */
@Component
public class SharedViews {

    private final WorkshopQueries queries;
    private final WorkshopAccess access;
    private final ApplicationEventPublisher events;
    private final IMap<String, FacilitatorView> views;

    SharedViews(
            WorkshopQueries queries,
            WorkshopAccess access,
            ApplicationEventPublisher events,
            HazelcastInstance hazelcast) {
        this.queries = queries;
        this.access = access;
        this.events = events;
        this.views = hazelcast.getMap(WorkshopStructures.VIEWS);
    }

    public void share(WorkshopId id, FacilitatorView view) {
        WorkshopRow w = queries.workshop(id);
        access.requireManager(w);
        WorkshopAccess.requireOpen(w);
        if (!Double.isFinite(view.lat())
                || !Double.isFinite(view.lon())
                || Math.abs(view.lat()) > 90
                || Math.abs(view.lon()) > 180
                || view.zoom() < 0
                || view.zoom() > 22) {
            throw new IllegalArgumentException("not a map view: " + view);
        }
        views.set(id.toString(), view);
        events.publishEvent(new WorkshopEvent.ViewMoved(id, w.municipality(), view));
    }

    public Optional<FacilitatorView> current(WorkshopId id) {
        return Optional.ofNullable(views.get(id.toString()));
    }

    /** Forgets the view of a workshop that has ended. */
    public void forget(WorkshopId id) {
        views.delete(id.toString());
    }
}
