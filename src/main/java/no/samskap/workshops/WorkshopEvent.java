package no.samskap.workshops;

import java.io.Serial;
import java.util.List;
import java.util.Map;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.LiveEvent;
import no.samskap.shared.MunicipalityId;

/**
 * Something that happened in a workshop, relayed to everyone in its room on every node. Sealed, so
 * a view that switches over it is told by the compiler when a new kind is added.
 */
public sealed interface WorkshopEvent extends LiveEvent
        permits WorkshopEvent.PinPlaced,
                WorkshopEvent.PinConverted,
                WorkshopEvent.RoundChanged,
                WorkshopEvent.DotsChanged,
                WorkshopEvent.ViewMoved,
                WorkshopEvent.GuestRemoved,
                WorkshopEvent.Ended {

    WorkshopId workshop();

    /** An idea was pinned. */
    record PinPlaced(WorkshopId workshop, MunicipalityId municipality, Pin pin) implements WorkshopEvent {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** The facilitator made a draft proposal of an idea. */
    record PinConverted(WorkshopId workshop, MunicipalityId municipality, PinId pin, ProposalId proposal)
            implements WorkshopEvent {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** A voting round started, or ended (then {@code round.open()} is false). */
    record RoundChanged(WorkshopId workshop, MunicipalityId municipality, Round round) implements WorkshopEvent {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** Someone moved their dots; carries the new totals of the round and their version. */
    record DotsChanged(
            WorkshopId workshop, MunicipalityId municipality, RoundId round, Map<String, Integer> totals, long version)
            implements WorkshopEvent {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** The facilitator's map view, for participants who follow it. */
    record ViewMoved(WorkshopId workshop, MunicipalityId municipality, FacilitatorView view) implements WorkshopEvent {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** The facilitator removed a guest; their ideas ({@code pins}) are gone and their participant id no longer works. */
    record GuestRemoved(WorkshopId workshop, MunicipalityId municipality, ParticipantId participant, List<PinId> pins)
            implements WorkshopEvent {
        @Serial
        private static final long serialVersionUID = 1L;

        public GuestRemoved {
            pins = List.copyOf(pins);
        }
    }

    /** The facilitator ended the workshop; its results can be downloaded. */
    record Ended(WorkshopId workshop, MunicipalityId municipality) implements WorkshopEvent {
        @Serial
        private static final long serialVersionUID = 1L;
    }
}
