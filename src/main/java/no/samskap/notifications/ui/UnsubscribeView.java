package no.samskap.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import no.samskap.notifications.NotificationMails;

/**
 * Where a mail's unsubscribe link leads: works without signing in. It asks before it acts (one
 * button), because mail scanners open links on their own; mail programs use the one-click POST.
 */
@Route("unsubscribe")
@AnonymousAllowed
public class UnsubscribeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NotificationMails mails;

    public UnsubscribeView(NotificationMails mails) {
        this.mails = mails;
        setMaxWidth("40rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("unsubscribe.title")));
        List<String> given =
                event.getLocation().getQueryParameters().getParameters().get("token");
        String token = given == null || given.isEmpty() ? null : given.getFirst();
        var found = mails.readUnsubscribe(token);
        Paragraph result = new Paragraph();
        result.getElement().setAttribute("role", "status");
        if (found.isEmpty()) {
            result.setText(getTranslation("unsubscribe.invalid"));
            add(result);
            return;
        }
        UnorderedList kinds = new UnorderedList();
        found.get().kinds().forEach(k -> kinds.add(new ListItem(getTranslation(k.labelKey()))));
        Button confirm = new Button(getTranslation("unsubscribe.confirm"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> {
            result.setText(getTranslation(mails.unsubscribe(token) ? "unsubscribe.done" : "unsubscribe.invalid"));
            confirm.setEnabled(false);
        });
        add(new Paragraph(getTranslation("unsubscribe.what")), kinds, confirm, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unsubscribe.title") + " – Samskap";
    }
}
