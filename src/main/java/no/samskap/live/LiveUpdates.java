package no.samskap.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import java.util.function.Predicate;
import no.samskap.shared.LiveEvent;

/**
 * Subscribes UIs to live events from every node. Handlers run inside {@code ui.access}: a lone
 * event is pushed at once, and events that follow within the push interval are pushed together.
 */
public interface LiveUpdates {

    /**
     * Delivers events of the given type that pass the filter to the UI until the returned
     * registration is removed or the UI detaches.
     */
    <E extends LiveEvent> Registration subscribe(
            UI ui, Class<E> type, Predicate<? super E> filter, Consumer<? super E> handler);

    /**
     * Runs {@code reload} in the UI when this node may have missed events (it lagged too far
     * behind, or rejoined the cluster after a split). Views reload from the database there;
     * since they show state, not a log of events, nothing appears twice.
     */
    Registration onResync(UI ui, Runnable reload);

    /** Number of UI subscriptions on this node (for tests and monitoring). */
    int subscriptionCount();
}
