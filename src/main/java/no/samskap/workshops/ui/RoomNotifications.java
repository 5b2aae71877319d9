package no.samskap.workshops.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import no.samskap.shared.UserFacingException;

/** How the room tells a user that what they just did was refused. */
final class RoomNotifications {

    private RoomNotifications() {}

    static void error(Component where, UserFacingException ex) {
        Notification.show(where.getTranslation(ex.messageKey(), ex.arguments()), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.ERROR);
    }
}
