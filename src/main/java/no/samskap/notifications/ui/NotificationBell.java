package no.samskap.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.SignedInUser;
import no.samskap.live.LiveUpdates;
import no.samskap.notifications.NotificationCreated;
import no.samskap.notifications.NotificationService;
import no.samskap.shared.DatabaseOutage;
import no.samskap.shared.SamskapIcon;
import no.samskap.ui.HeaderItem;

/** The bell in the header: unread count, updated live, linking to the inbox. */
@org.springframework.stereotype.Component
class NotificationBell implements HeaderItem {

    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final LiveUpdates live;

    NotificationBell(NotificationService notifications, CurrentUser currentUser, LiveUpdates live) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.live = live;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create() {
        return currentUser.get().map(user -> new Bell(user));
    }

    private final class Bell extends Anchor {
        private final SignedInUser user;
        private final Span count = new Span();
        private Registration registration;

        Bell(SignedInUser user) {
            this.user = user;
            setHref("notifications");
            addClassName("samskap-bell");
            add(SamskapIcon.BELL.create(), count);
            count.addClassName("samskap-bell-count");
            update();
        }

        private void update() {
            // While the database is away the bell shows no count rather than breaking the page.
            long unread = DatabaseOutage.unlessAway(notifications::unreadCount).orElse(0L);
            count.setText(unread == 0 ? "" : String.valueOf(unread));
            count.setVisible(unread > 0);
            getElement().setAttribute("aria-label", getTranslation("notifications.bell", unread));
        }

        @Override
        protected void onAttach(AttachEvent event) {
            registration = live.subscribe(
                    event.getUI(), NotificationCreated.class, e -> e.recipient().equals(user.id()), e -> update());
        }

        @Override
        protected void onDetach(DetachEvent event) {
            if (registration != null) {
                registration.remove();
            }
        }
    }
}
