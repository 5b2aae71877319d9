package no.samskap.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import no.samskap.shared.DatabaseOutage;
import no.samskap.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shown when opening a page fails: the user's own mistake in words, anything else with a reference. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        UserFacingException userError = ShellServiceInitListener.findUserFacing(parameter.getException());
        if (userError != null) {
            add(
                    new H1(getTranslation("error.title")),
                    new Paragraph(getTranslation(userError.messageKey(), userError.arguments())));
            add(new Anchor("", getTranslation("error.back-to-map")));
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        boolean busy = DatabaseOutage.isBusy(parameter.getException());
        if (busy || DatabaseOutage.isCause(parameter.getException())) {
            // Not a bug and not the user's doing: say so, and offer the same page again.
            log.warn(
                    "Database unreachable or busy while opening {}: {}",
                    event.getLocation().getPath(),
                    parameter.getException().toString());
            add(
                    new H1(getTranslation("error.title")),
                    new Paragraph(getTranslation(busy ? "error.busy" : "error.unavailable")),
                    new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("error.try-again")));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error(
                "Failed to open {}, reference {}", event.getLocation().getPath(), reference, parameter.getException());
        add(
                new H1(getTranslation("error.title")),
                new Paragraph(getTranslation("error.unexpected", reference)),
                new Anchor("", getTranslation("error.back-to-map")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.title") + " – Samskap";
    }
}
