package no.samskap.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.samskap.identity.OidcSettings;
import no.samskap.identity.internal.LoginEvents;
import no.samskap.identity.internal.LoginThrottledException;
import no.samskap.identity.internal.OidcProviders;
import no.samskap.identity.internal.OidcSignIn;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.shared.DatabaseOutage;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

/** Form login; the English labels "Username", "Password" and "Log in" are relied on by acceptance tests. */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph registered = new Paragraph();

    public LoginView(OidcProviders providers, SelectedMunicipality selected) {
        setAlignItems(Alignment.CENTER);
        setSizeFull();
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(i18n("login.error.title", getTranslation("login.error.text")));
        Paragraph registerHint = new Paragraph(getTranslation("login.no-account") + " ");
        registerHint.add(new Anchor("register", getTranslation("login.register")));
        registered.setText(getTranslation("login.registered"));
        registered.getElement().setAttribute("role", "status");
        registered.setVisible(false);
        add(registered);
        addProviderButtons(providers, selected);
        add(form, registerHint, new Anchor("", getTranslation("login.back")));
    }

    /** "Sign in with ID-porten" (and officials' providers): a new account lands in the municipality shown. */
    private void addProviderButtons(OidcProviders providers, SelectedMunicipality selected) {
        providers.providers().forEach((id, provider) -> {
            Button button = new Button(getTranslation("login.oidc.with", provider.name()), e -> {
                WrappedSession session = VaadinSession.getCurrent().getSession();
                session.setAttribute(
                        OidcProviders.CHOSEN_MUNICIPALITY, selected.get().value());
                UI.getCurrent().getPage().setLocation("oauth2/authorization/" + id);
            });
            button.addClassName("oidc-" + id);
            if (provider.kind() == OidcSettings.Kind.RESIDENTS) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            }
            button.setMinWidth("18rem");
            add(button);
        });
        if (!providers.isEmpty()) {
            add(new Paragraph(getTranslation("login.oidc.or")));
        }
    }

    private LoginI18n i18n(String titleKey, String text) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation(titleKey));
        i18n.getErrorMessage().setMessage(text);
        i18n.getErrorMessage().setUsername(getTranslation("login.username.required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("expired")) {
            registered.setText(getTranslation("login.expired"));
            registered.setVisible(true);
        } else if (parameters.containsKey("reset")) {
            registered.setText(getTranslation("login.password-reset"));
            registered.setVisible(true);
        } else {
            registered.setText(getTranslation("login.registered"));
            registered.setVisible(parameters.containsKey("registered"));
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            WrappedSession session = VaadinSession.getCurrent().getSession();
            Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            form.setI18n(failureText(failure instanceof Throwable t ? t : null));
            form.setError(true);
            // The username typed before stays in the field; only the password is asked again.
            Object last = session == null ? null : session.getAttribute(LoginEvents.LAST_USERNAME);
            if (last instanceof String username && !username.isBlank()) {
                form.getElement()
                        .executeJs(
                                "const f = this.querySelector('#vaadinLoginUsername') || document.getElementById('vaadinLoginUsername');"
                                        + " if (f) { f.value = $0; }",
                                username);
            }
        }
    }

    /** Why the last login failed, in words the user can act on; the throttle's wait in seconds. */
    private LoginI18n failureText(Throwable failure) {
        // Not the user's credentials at all: the account could not be looked up.
        if (DatabaseOutage.isBusy(failure)) {
            return i18n("error.title", getTranslation("error.busy"));
        }
        if (DatabaseOutage.isCause(failure)) {
            return i18n("error.title", getTranslation("error.unavailable"));
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LoginThrottledException throttled) {
                return i18n("login.throttled.title", getTranslation("login.throttled.text", throttled.waitSeconds()));
            }
            if (t instanceof OAuth2AuthenticationException refused) {
                String code = refused.getError().getErrorCode();
                boolean known = java.util.Arrays.stream(OidcSignIn.Refusal.values())
                        .anyMatch(r -> r.name().equals(code));
                return i18n(
                        "login.oidc.refused-title",
                        getTranslation(known ? "login.oidc.refused." + code : "login.oidc.failed"));
            }
            if (t instanceof DisabledException) {
                return i18n("login.blocked.title", getTranslation("login.blocked.text"));
            }
        }
        return i18n("login.error.title", getTranslation("login.error.text"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – Samskap";
    }
}
