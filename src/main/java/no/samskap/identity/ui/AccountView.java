package no.samskap.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import no.samskap.identity.AccountService;
import no.samskap.identity.CurrentUser;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.UserFacingException;

/** The signed-in user's own account: who they are and their password. */
@Route("account")
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Paragraph done = new Paragraph();
    private final Map<String, HasValidation> fields;

    public AccountView(AccountService accounts, CurrentUser currentUser) {
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
                new H2(getTranslation("account.change-password")),
                form,
                change,
                done);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " – Samskap";
    }
}
