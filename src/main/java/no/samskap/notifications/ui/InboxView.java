package no.samskap.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import no.samskap.notifications.NotificationService;
import no.samskap.notifications.NotificationView;
import no.samskap.proposals.ProposalState;
import no.samskap.shared.PersonName;

/** The signed-in user's notifications, newest first. */
@Route("notifications")
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    public InboxView(NotificationService notifications) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Oslo"));
        List<NotificationView> items = notifications.inbox(0, 50).getContent();
        UnorderedList list = new UnorderedList();
        for (NotificationView n : items) {
            String text = getTranslation(
                    n.kind().messageKey(),
                    n.actorName() == null ? "" : PersonName.shown(n.actorName(), k -> getTranslation(k)),
                    n.detail() == null ? "" : stateLabel(n.detail()));
            ListItem item = new ListItem(
                    new Span(text + " "),
                    new Anchor(n.link(), n.title()),
                    new Span(" · " + format.format(n.createdAt())));
            if (!n.read()) {
                item.addClassName("samskap-unread");
            }
            list.add(item);
        }
        Button markRead = new Button(getTranslation("notifications.mark-read"), e -> {
            notifications.markAllRead();
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        add(
                new H1(getTranslation("notifications.heading")),
                new Anchor("account/notifications", getTranslation("notifications.mail.settings-link")));
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("notifications.empty")));
        } else {
            add(markRead, list);
        }
    }

    private String stateLabel(String detail) {
        try {
            return getTranslation(ProposalState.valueOf(detail).messageKey());
        } catch (IllegalArgumentException notAState) {
            return detail;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.heading") + " – Samskap";
    }
}
