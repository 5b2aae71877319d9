package no.samskap.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature module puts in the shell's header (such as the notification bell),
 * so the shell can show it without knowing the module.
 */
public interface HeaderItem {

    /** Position in the header; lower comes first. */
    int order();

    /** The component for the current user, or empty to show nothing. Called in the UI thread. */
    Optional<Component> create();
}
