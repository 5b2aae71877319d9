package no.samskap.identity;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import no.samskap.identity.internal.OidcProviders;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.shared.UserFacingException;
import org.springframework.stereotype.Component;

/**
 * Says what an action needs that the person lacks, with the one step that gets it: signing in through
 * ID-porten, which brings them back to the same page (a comment they were writing waits there), or a
 * link that confirms their address.
 */
@Component
public class AssuranceNotice {

    private final OidcProviders providers;
    private final EmailAddresses emails;
    private final SelectedMunicipality selected;

    AssuranceNotice(OidcProviders providers, EmailAddresses emails, SelectedMunicipality selected) {
        this.providers = providers;
        this.emails = emails;
        this.selected = selected;
    }

    public void show(UI ui, AssuranceRequired refusal) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.WARNING);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.setDuration(0);
        Span text = new Span(ui.getTranslation(refusal.messageKey(), translatedAction(ui, refusal)));
        Button close = new Button(ui.getTranslation("assurance.later"), e -> notification.close());
        close.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout row = new HorizontalLayout(text);
        row.setAlignItems(HorizontalLayout.Alignment.CENTER);
        row.addClassName("assurance-notice");
        if (refusal.needed().needsIdPorten()) {
            residentsProvider().ifPresent(id -> {
                Button signIn = new Button(
                        ui.getTranslation(
                                "login.oidc.with", providers.providers().get(id).name()),
                        e -> {
                            var session = VaadinSession.getCurrent().getSession();
                            session.setAttribute(
                                    OidcProviders.CHOSEN_MUNICIPALITY,
                                    selected.get().value());
                            // Back to this page afterwards.
                            session.setAttribute(
                                    OidcProviders.RETURN_TO,
                                    ui.getActiveViewLocation().getPathWithQueryParameters());
                            ui.getPage().setLocation("oauth2/authorization/" + id);
                        });
                signIn.addThemeVariants(ButtonVariant.PRIMARY);
                row.add(signIn);
            });
        } else if (emails.email().address().isEmpty()) {
            Button add = new Button(ui.getTranslation("assurance.add-email"), e -> {
                notification.close();
                ui.navigate("account");
            });
            add.addThemeVariants(ButtonVariant.PRIMARY);
            row.add(add);
        } else {
            Button send = new Button(ui.getTranslation("account.email.resend"));
            send.addThemeVariants(ButtonVariant.PRIMARY);
            send.addClickListener(e -> {
                try {
                    emails.resendVerification();
                    text.setText(ui.getTranslation(
                            "assurance.link-sent", emails.email().address()));
                    send.setVisible(false);
                } catch (UserFacingException error) {
                    text.setText(ui.getTranslation(error.messageKey(), error.arguments()));
                }
            });
            row.add(send);
        }
        row.add(close);
        notification.add(row);
        notification.open();
    }

    private java.util.Optional<String> residentsProvider() {
        return providers.providers().entrySet().stream()
                .filter(e -> e.getValue().kind() == OidcSettings.Kind.RESIDENTS)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static String translatedAction(UI ui, AssuranceRequired refusal) {
        return ui.getTranslation("assurance.action." + refusal.arguments()[0]);
    }
}
