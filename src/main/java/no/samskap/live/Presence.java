package no.samskap.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Who is looking at what, across the cluster. A place is a string its feature chooses
 * ({@code map:baerum}, {@code proposal:<id>}, {@code workshop:<id>}). Entries live as long as
 * their UI: a closed tab is gone within seconds; a browser that died without closing the page,
 * and a dead node's visitors, within 20 seconds.
 */
public interface Presence {

    /** Shows the visitor at the place until the registration is removed or the UI goes away. */
    Registration enter(UI ui, String place, Visitor visitor);

    /**
     * Calls the listener (inside {@code ui.access}, coalesced) with everyone at the place, once
     * now and after every change, until the registration is removed or the UI detaches.
     */
    Registration watch(UI ui, String place, Consumer<List<Visitor>> listener);

    /** Everyone at the place as this node sees it, one entry per person, earliest first. */
    List<Visitor> at(String place);
}
