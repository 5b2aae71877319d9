package no.samskap.live.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.concurrent.atomic.AtomicBoolean;

/** Ties a cleanup to a UI: it runs once, when the registration is removed or the UI detaches, whichever comes first. */
final class UiRegistrations {

    private UiRegistrations() {}

    static Registration untilDetach(UI ui, Runnable cleanup) {
        AtomicBoolean removed = new AtomicBoolean();
        Registration[] detach = new Registration[1];
        Registration registration = () -> {
            if (removed.compareAndSet(false, true)) {
                detach[0].remove();
                cleanup.run();
            }
        };
        detach[0] = ui.addDetachListener(e -> registration.remove());
        return registration;
    }
}
