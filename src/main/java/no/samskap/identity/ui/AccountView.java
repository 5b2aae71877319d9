package no.samskap.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import no.samskap.identity.AccountEmail;
import no.samskap.identity.AccountService;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.EmailAddresses;
import no.samskap.identity.OidcSettings;
import no.samskap.identity.internal.OidcProviders;
import no.samskap.identity.internal.OidcSignIn;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.UserFacingException;

/** The signed-in user's own account: who they are, their mail address and their password. */
@Route("account")
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Paragraph done = new Paragraph();
    private final Map<String, HasValidation> fields;

    public AccountView(
            AccountService accounts,
            EmailAddresses emails,
            CurrentUser currentUser,
            OidcProviders providers,
            OidcSignIn signIns,
            SelectedMunicipality selected) {
        setMaxWidth("44rem");
        current.setLabel(getTranslation("account.current-password"));
        current.setMaxLength(128);
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setLabel(getTranslation("account.new-password"));
        password.setHelperText(getTranslation("register.password.help", 10));
        password.setMaxLength(128);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setLabel(getTranslation("account.repeat-password"));
        repeat.setMaxLength(128);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        fields = Map.of("current", current, "password", password, "repeat", repeat);
        done.getElement().setAttribute("role", "status");

        Button change = new Button(getTranslation("account.change-password"), e -> {
            FieldErrors.clear(fields);
            done.setText("");
            try {
                accounts.changePassword(current.getValue(), password.getValue(), repeat.getValue());
            } catch (UserFacingException error) {
                // The fields keep what was typed, so one correction is enough.
                FieldErrors.show(error, fields, this);
                return;
            }
            current.clear();
            password.clear();
            repeat.clear();
            done.setText(getTranslation("account.password-changed"));
        });
        change.addThemeVariants(ButtonVariant.PRIMARY);

        FormLayout form = new FormLayout(current, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        String name = currentUser
                .get()
                .map(u -> u.displayName() + " (" + u.username() + ")")
                .orElse("");
        add(
                new H1(getTranslation("account.title")),
                new Paragraph(name),
                new Anchor("account/data", getTranslation("mydata.title")));
        boolean hasPassword = accounts.hasPassword();
        addEmailSection(emails, hasPassword);
        addPresenceSection(accounts, currentUser);
        addSignInSection(providers, signIns, currentUser, selected);
        // An account made through ID-porten has no password to change.
        if (hasPassword) {
            add(new H2(getTranslation("account.change-password")), form, change, done);
        }
    }

    /** The electronic IDs this account signs in with, and linking ID-porten to a password account. */
    private void addSignInSection(
            OidcProviders providers, OidcSignIn signIns, CurrentUser currentUser, SelectedMunicipality selected) {
        if (providers.isEmpty()) {
            return;
        }
        var linked = signIns.linkedProviders(currentUser.require().id().value());
        add(new H2(getTranslation("account.identity.title")));
        providers.providers().forEach((id, provider) -> {
            if (linked.contains(id)) {
                add(new Paragraph(getTranslation("account.identity.linked", provider.name())));
            } else if (provider.kind() == OidcSettings.Kind.RESIDENTS) {
                Button link = new Button(getTranslation("account.identity.link", provider.name()), e -> {
                    VaadinSession.getCurrent()
                            .getSession()
                            .setAttribute(
                                    OidcProviders.CHOSEN_MUNICIPALITY,
                                    selected.get().value());
                    UI.getCurrent().getPage().setLocation("oauth2/authorization/" + id);
                });
                link.addClassName("link-" + id);
                add(new Paragraph(getTranslation("account.identity.why", provider.name())), link);
            }
        });
    }

    /** Whether others see this person by name where they are, or as "a visitor". */
    private void addPresenceSection(AccountService accounts, CurrentUser currentUser) {
        Checkbox shown = new Checkbox(getTranslation("account.presence.show"));
        shown.setValue(currentUser.get().map(u -> !u.hidePresence()).orElse(true));
        shown.setHelperText(getTranslation("account.presence.help"));
        shown.addClassName("account-presence");
        Paragraph saved = new Paragraph();
        saved.getElement().setAttribute("role", "status");
        shown.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                accounts.showPresence(e.getValue());
                saved.setText(getTranslation(e.getValue() ? "account.presence.on" : "account.presence.off"));
            }
        });
        add(new H2(getTranslation("account.presence.title")), shown, saved);
    }

    /** The address, whether it is confirmed, a new confirmation link, and changing it. */
    private void addEmailSection(EmailAddresses emails, boolean hasPassword) {
        Paragraph status = new Paragraph();
        status.addClassName("account-email");
        Paragraph emailDone = new Paragraph();
        emailDone.getElement().setAttribute("role", "status");
        Button resend = new Button(getTranslation("account.email.resend"));
        Runnable show = () -> {
            AccountEmail email = emails.email();
            status.setText(
                    email.address().isEmpty()
                            ? getTranslation("account.email.none")
                            : getTranslation(
                                    email.verified() ? "account.email.verified" : "account.email.unverified",
                                    email.address()));
            resend.setVisible(!email.verified() && !email.address().isEmpty());
        };
        show.run();
        resend.addClickListener(e -> {
            emails.resendVerification();
            emailDone.setText(
                    getTranslation("account.email.sent", emails.email().address()));
        });

        EmailField newEmail = new EmailField(getTranslation("account.email.new"));
        newEmail.setMaxLength(254);
        PasswordField emailPassword = new PasswordField(getTranslation("account.current-password"));
        emailPassword.setMaxLength(128);
        emailPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        emailPassword.setVisible(hasPassword);
        Map<String, HasValidation> emailFields = Map.of("email", newEmail, "emailPassword", emailPassword);
        Button changeEmail = new Button(getTranslation("account.email.change"), e -> {
            FieldErrors.clear(emailFields);
            emailDone.setText("");
            try {
                emails.changeEmail(newEmail.getValue(), emailPassword.getValue());
            } catch (UserFacingException error) {
                FieldErrors.show(error, emailFields, this);
                return;
            }
            emailDone.setText(
                    getTranslation("account.email.sent", newEmail.getValue().strip()));
            newEmail.clear();
            emailPassword.clear();
            show.run();
        });
        FormLayout emailForm = new FormLayout(newEmail, emailPassword);
        emailForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        // The notifications module's settings page, by address: identity does not know that module.
        Anchor notifications = new Anchor("account/notifications", getTranslation("notifications.mail.settings-link"));
        add(
                new H2(getTranslation("account.email.title")),
                status,
                resend,
                notifications,
                emailForm,
                changeEmail,
                emailDone);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " – Samskap";
    }
}
