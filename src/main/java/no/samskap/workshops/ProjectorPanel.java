package no.samskap.workshops;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import no.samskap.shared.ProcessId;

/**
 * Something another module puts on the big screen of a workshop that belongs to a process, beside
 * the room's own rounds: a participatory budget's running count, for example. Workshops know
 * nothing of what it shows; the contributing module decides who may see it.
 */
public interface ProjectorPanel {

    /** A component for the projector of this workshop, or empty when there is nothing to show. */
    Optional<Component> create(WorkshopId workshop, ProcessId process);
}
