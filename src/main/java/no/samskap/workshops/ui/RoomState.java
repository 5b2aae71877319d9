package no.samskap.workshops.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import no.samskap.workshops.FacilitatorView;
import no.samskap.workshops.ParticipantId;
import no.samskap.workshops.Pin;
import no.samskap.workshops.PinId;
import no.samskap.workshops.Round;
import no.samskap.workshops.WorkshopDetails;
import no.samskap.workshops.WorkshopEvent;

/**
 * What a workshop room shows (its ideas, the latest round and the facilitator's view), kept
 * current by applying the workshop's events in the order they arrive. The room's panels and the
 * projector listen to it, so each event is interpreted in one place. Events that arrive late
 * (an earlier state of a round, older dot totals) are ignored.
 */
final class RoomState {

    /** Told what changed; each panel overrides what it shows. */
    interface Listener {

        /** An idea was added, or changed (it became a draft proposal). */
        default void pinChanged(Pin pin) {}

        /** A round started or ended; {@code newRound} when it is another round than before. */
        default void roundChanged(Round round, boolean newRound) {}

        /** The running round's dot totals changed. */
        default void totalsChanged(Round round) {}

        /** The facilitator moved their map, or turned "follow me" on or off. */
        default void viewMoved(FacilitatorView view) {}

        /** Ideas were taken away (their author, a guest, was removed). */
        default void pinsRemoved(List<PinId> removed) {}

        /** A guest was removed; the room of that guest closes. */
        default void guestRemoved(ParticipantId participant) {}

        /** The workshop ended; the room shows its results from now on. */
        default void ended() {}
    }

    private final WorkshopDetails workshop;
    private final Map<PinId, Pin> pins = new LinkedHashMap<>();
    private final List<Listener> listeners = new ArrayList<>();
    private Round round;
    private FacilitatorView view;

    /** The room as loaded; {@code view} is the facilitator's shared view, or null. */
    RoomState(WorkshopDetails workshop, FacilitatorView view) {
        this.workshop = workshop;
        workshop.pins().forEach(p -> pins.put(p.id(), p));
        this.round = workshop.rounds().isEmpty() ? null : workshop.rounds().getLast();
        this.view = view;
    }

    void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Applies one of this workshop's events. */
    void apply(WorkshopEvent event) {
        switch (event) {
            case WorkshopEvent.PinPlaced e -> putPin(e.pin());
            case WorkshopEvent.PinConverted e -> {
                Pin known = pins.get(e.pin());
                if (known != null) {
                    putPin(known.withProposal(e.proposal()));
                }
            }
            case WorkshopEvent.RoundChanged e -> showRound(e.round());
            case WorkshopEvent.DotsChanged e -> {
                if (round != null && round.id().equals(e.round()) && e.version() > round.version()) {
                    round = round.withTotals(e.totals(), e.version());
                    tell(l -> l.totalsChanged(round));
                }
            }
            case WorkshopEvent.ViewMoved e -> {
                view = e.view();
                tell(l -> l.viewMoved(view));
            }
            case WorkshopEvent.GuestRemoved e -> {
                e.pins().forEach(pins::remove);
                tell(l -> l.pinsRemoved(e.pins()));
                tell(l -> l.guestRemoved(e.participant()));
            }
            case WorkshopEvent.Ended e -> tell(Listener::ended);
        }
    }

    /** Adds or replaces an idea, e.g. the one this user just placed (its event may come later, or first). */
    void putPin(Pin pin) {
        pins.put(pin.id(), pin);
        tell(l -> l.pinChanged(pin));
    }

    /** Shows a round if it is a later state than the one shown: a later round, or the same one changed later. */
    void showRound(Round r) {
        if (!r.isNewerThan(round)) {
            return;
        }
        boolean newRound = round == null || !round.id().equals(r.id());
        round = r;
        tell(l -> l.roundChanged(r, newRound));
    }

    WorkshopDetails workshop() {
        return workshop;
    }

    List<Pin> pins() {
        return List.copyOf(pins.values());
    }

    /** The latest round, running or not; null before the first. */
    Round round() {
        return round;
    }

    /** The facilitator's shared view, or null if none was shared. */
    FacilitatorView view() {
        return view;
    }

    /** Whether participants are asked to follow the facilitator's map now. */
    boolean isFollowMeOn() {
        return view != null && view.followMe() && workshop.isOpen();
    }

    private void tell(Consumer<Listener> change) {
        // A copy: a listener may reload the room, which replaces this state and its listeners.
        List.copyOf(listeners).forEach(change);
    }
}
