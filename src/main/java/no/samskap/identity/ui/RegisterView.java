package no.samskap.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.Map;
import no.samskap.identity.AccountService;
import no.samskap.identity.Registration;
import no.samskap.identity.Role;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.MunicipalityService;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.protection.ClientAddress;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.UserFacingException;

/** Self-registration for residents and businesses. */
@Route("register")
@AnonymousAllowed
public class RegisterView extends VerticalLayout implements HasDynamicTitle {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final Select<Municipality> municipality = new Select<>();
    private final RadioButtonGroup<Role> role = new RadioButtonGroup<>();
    private final TextField organisation = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirm = new PasswordField();
    private final Map<String, HasValidation> fields;
    private final String clientAddress;

    public RegisterView(AccountService accounts, MunicipalityService municipalities, SelectedMunicipality selected) {
        clientAddress = ClientAddress.current();
        setMaxWidth("44rem");

        username.setLabel(getTranslation("register.username"));
        username.setHelperText(getTranslation("register.username.help"));
        username.setMaxLength(40);
        username.setRequired(true);
        displayName.setLabel(getTranslation("register.display-name"));
        displayName.setMaxLength(80);
        displayName.setRequired(true);
        email.setLabel(getTranslation("register.email"));
        email.setMaxLength(254);
        email.setRequiredIndicatorVisible(true);
        municipality.setLabel(getTranslation("register.municipality"));
        municipality.setItems(municipalities.all());
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.setValue(selected.municipality());
        role.setLabel(getTranslation("register.role"));
        role.setItems(Role.RESIDENT, Role.BUSINESS);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name().toLowerCase(Locale.ROOT)));
        role.setValue(Role.RESIDENT);
        organisation.setLabel(getTranslation("register.organisation"));
        organisation.setMaxLength(120);
        organisation.setVisible(false);
        role.addValueChangeListener(e -> organisation.setVisible(e.getValue() == Role.BUSINESS));
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help", 10));
        password.setMaxLength(128);
        confirm.setLabel(getTranslation("register.confirm"));
        confirm.setMaxLength(128);

        fields = Map.of(
                "username",
                username,
                "displayName",
                displayName,
                "email",
                email,
                "municipality",
                municipality,
                "role",
                role,
                "organisation",
                organisation,
                "password",
                password);

        Button create = new Button(getTranslation("register.submit"), e -> register(accounts));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickShortcut(Key.ENTER);

        FormLayout form =
                new FormLayout(username, displayName, email, municipality, role, organisation, password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        Paragraph loginHint = new Paragraph(getTranslation("register.have-account") + " ");
        loginHint.add(new Anchor("login", getTranslation("register.login")));
        // Before anyone gives their data, they can read what happens to it.
        Paragraph privacy = new Paragraph(getTranslation("register.privacy") + " ");
        privacy.add(new Anchor("privacy", getTranslation("shell.privacy")));
        add(new H1(getTranslation("register.title")), form, create, loginHint, privacy);
    }

    private void register(AccountService accounts) {
        FieldErrors.clear(fields);
        confirm.setInvalid(false);
        if (!password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("error.password.mismatch"));
            confirm.setInvalid(true);
            return;
        }
        Municipality m = municipality.getValue();
        try {
            accounts.register(
                    new Registration(
                            username.getValue(),
                            displayName.getValue(),
                            email.getValue(),
                            m == null ? null : m.id(),
                            role.getValue(),
                            organisation.getValue(),
                            password.getValue()),
                    clientAddress,
                    getLocale());
        } catch (UserFacingException e) {
            FieldErrors.show(e, fields, this);
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("registered", "")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " – Samskap";
    }
}
