package no.samskap.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import no.samskap.identity.IdentitySettings;
import no.samskap.identity.PasswordResets;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.UserFacingException;

/** Where a password reset link leads: a new password, once. */
@Route("reset-password")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Paragraph problem = new Paragraph();
    private final Anchor again = new Anchor("forgot-password");
    private String token = "";

    private final PasswordResets accounts;

    public ResetPasswordView(PasswordResets accounts, IdentitySettings settings) {
        this.accounts = accounts;
        setMaxWidth("36rem");
        password.setLabel(getTranslation("account.new-password"));
        password.setHelperText(getTranslation("register.password.help", settings.minPasswordLength()));
        password.setMaxLength(128);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setWidthFull();
        repeat.setLabel(getTranslation("account.repeat-password"));
        repeat.setMaxLength(128);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setWidthFull();
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        again.setText(getTranslation("reset.ask-again"));
        again.setVisible(false);
        Map<String, HasValidation> fields = Map.of("password", password, "repeat", repeat);
        Button save = new Button(getTranslation("reset.save"), e -> {
            FieldErrors.clear(fields);
            problem.setVisible(false);
            again.setVisible(false);
            try {
                accounts.resetPassword(token, password.getValue(), repeat.getValue());
            } catch (UserFacingException error) {
                if (error.field() != null && fields.containsKey(error.field())) {
                    FieldErrors.show(error, fields, this);
                } else {
                    // The link itself is the problem (unknown, used or expired): say so, and where to get a new one.
                    problem.setText(getTranslation(error.messageKey(), error.arguments()));
                    problem.setVisible(true);
                    again.setVisible(true);
                }
                return;
            }
            getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("reset", "")));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(getTranslation("reset.title")), password, repeat, save, problem, again);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> given =
                event.getLocation().getQueryParameters().getParameters().get("token");
        token = given == null || given.isEmpty() ? "" : given.getFirst();
        // A link that cannot work is said at once, before anyone types a new password.
        accounts.resetLinkProblem(token).ifPresent(key -> {
            problem.setText(getTranslation(key));
            problem.setVisible(true);
            again.setVisible(true);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " – Samskap";
    }
}
