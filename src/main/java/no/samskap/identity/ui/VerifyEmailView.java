package no.samskap.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import no.samskap.identity.EmailAddresses;
import no.samskap.identity.EmailVerification;

/** Where the link that confirms an address leads; works without signing in. */
@Route("verify-email")
@AnonymousAllowed
public class VerifyEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EmailAddresses emails;
    private final Paragraph result = new Paragraph();

    public VerifyEmailView(EmailAddresses emails) {
        this.emails = emails;
        setMaxWidth("36rem");
        result.getElement().setAttribute("role", "status");
        add(
                new H1(getTranslation("verify.title")),
                result,
                new Anchor("account", getTranslation("verify.to-account")),
                new Anchor("", getTranslation("login.back")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> given =
                event.getLocation().getQueryParameters().getParameters().get("token");
        EmailVerification outcome = emails.verifyEmail(given == null || given.isEmpty() ? null : given.getFirst());
        result.setText(getTranslation(
                "verify." + outcome.name().toLowerCase(Locale.ROOT).replace('_', '-')));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " – Samskap";
    }
}
