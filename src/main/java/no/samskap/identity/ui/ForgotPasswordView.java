package no.samskap.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import no.samskap.identity.PasswordResets;
import no.samskap.protection.ClientAddress;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.UserFacingException;

/**
 * "Forgot password?": asks for a username or address and mails a single-use reset link. The answer
 * is the same whether or not an account matches.
 */
@Route("forgot-password")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    private final TextField who = new TextField();
    private final Paragraph sent = new Paragraph();

    public ForgotPasswordView(PasswordResets accounts) {
        setMaxWidth("36rem");
        String clientAddress = ClientAddress.current();
        who.setLabel(getTranslation("forgot.who"));
        who.setMaxLength(254);
        who.setWidthFull();
        who.setRequiredIndicatorVisible(true);
        sent.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation("forgot.send"), e -> {
            FieldErrors.clear(Map.of("who", who));
            sent.setText("");
            try {
                accounts.requestPasswordReset(who.getValue(), clientAddress);
            } catch (UserFacingException error) {
                // What was typed stays, so the person can send again once the wait is over.
                FieldErrors.show(error, Map.of("who", who), this);
                return;
            }
            sent.setText(getTranslation("forgot.sent"));
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        add(
                new H1(getTranslation("forgot.title")),
                new Paragraph(getTranslation("forgot.intro")),
                who,
                send,
                sent,
                new Anchor("login", getTranslation("forgot.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " – Samskap";
    }
}
