package no.samskap.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.samskap.identity.AssuranceNotice;
import no.samskap.identity.AssuranceRequired;
import no.samskap.identity.CurrentUser;
import no.samskap.protection.SecurityLog;
import no.samskap.shared.DatabaseOutage;
import no.samskap.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Chooses each UI's language (remembered choice, else the browser's) and turns errors
 * into messages: refusals a user caused are shown in their language; anything else is
 * logged with a reference the user can quote.
 */
@Component
class ShellServiceInitListener implements VaadinServiceInitListener {

    static final String LANGUAGE_COOKIE = "samskap-lang";
    private static final Logger log = LoggerFactory.getLogger(ShellServiceInitListener.class);

    private final SecurityLog securityLog;
    private final CurrentUser currentUser;

    private final AssuranceNotice assuranceNotice;

    ShellServiceInitListener(SecurityLog securityLog, CurrentUser currentUser, AssuranceNotice assuranceNotice) {
        this.securityLog = securityLog;
        this.currentUser = currentUser;
        this.assuranceNotice = assuranceNotice;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            Locale locale = localeFor(VaadinRequest.getCurrent());
            e.getUI().setLocale(locale);
            // Screen readers pick their voice from the page language.
            e.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        });
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this::handle));
        // An ended session (idle, too old, or signed out elsewhere) goes straight to the login page,
        // which says why; what was saved is in the database, so nothing saved is lost.
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            String context = info.getRequest() == null ? "" : info.getRequest().getContextPath();
            messages.setSessionExpiredURL(context + "/login?expired");
            messages.setSessionExpiredNotificationEnabled(false);
            return messages;
        });
    }

    static Locale localeFor(VaadinRequest request) {
        if (request == null) {
            return Translations.BOKMAL;
        }
        Optional<String> remembered = Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(c -> LANGUAGE_COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst();
        return remembered
                .map(Translations::fromLanguageTags)
                .orElseGet(() -> Translations.fromLanguageTags(request.getHeader("Accept-Language")));
    }

    private void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        Throwable cause = event.getThrowable();
        if (clientGone(cause)) {
            // The browser closed the connection before the answer was written: nobody to tell, nothing broke.
            log.debug("Client went away: {}", cause.toString());
            return;
        }
        UserFacingException userError = findUserFacing(cause);
        String denied = deniedReason(cause);
        if (denied != null) {
            securityLog.record(
                    SecurityLog.Event.ACCESS_DENIED,
                    currentUser.get().map(u -> u.id().value().toString()).orElse(null),
                    "reason",
                    denied);
        }
        String text;
        if (userError == null && denied != null) {
            // A refusal from method security (a role the user lacks): a plain answer, not an error reference.
            text = ui == null ? denied : ui.getTranslation("error.not-allowed");
        } else if (userError == null && DatabaseOutage.isBusy(cause)) {
            // Overload, not a bug: nothing was saved and the page still holds what the user typed.
            log.warn("No database connection free in time: {}", cause.toString());
            text = ui == null ? "error.busy" : ui.getTranslation("error.busy");
        } else if (userError == null && DatabaseOutage.isCause(cause)) {
            // Nothing was saved, and the page still holds what the user typed: they can simply retry.
            log.warn("Database unreachable: {}", cause.toString());
            text = ui == null ? "error.unavailable" : ui.getTranslation("error.unavailable");
        } else if (userError != null) {
            text = ui == null
                    ? userError.messageKey()
                    : ui.getTranslation(userError.messageKey(), userError.arguments());
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error, reference {}", reference, cause);
            text = ui == null ? reference : ui.getTranslation("error.unexpected", reference);
        }
        if (ui != null && userError instanceof AssuranceRequired needed) {
            // Not an error: a level this municipality asks for, with the one step that gets it.
            assuranceNotice.show(ui, needed);
            return;
        }
        if (ui != null) {
            Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.ERROR);
        }
    }

    /** Whether the error only says the browser hung up (Tomcat's and Jetty's names for it). */
    static boolean clientGone(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String name = c.getClass().getSimpleName();
            if (name.equals("ClientAbortException") || name.equals("EofException")) {
                return true;
            }
        }
        return false;
    }

    /** Why access was refused, if it was: our own refusal's message key, or Spring Security's. */
    static String deniedReason(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof no.samskap.shared.AccessDeniedException a) {
                return a.messageKey();
            }
            if (c instanceof org.springframework.security.access.AccessDeniedException) {
                return "method-security";
            }
        }
        return null;
    }

    static UserFacingException findUserFacing(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UserFacingException u) {
                return u;
            }
        }
        return null;
    }
}
