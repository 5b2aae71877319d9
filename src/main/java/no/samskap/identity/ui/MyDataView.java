package no.samskap.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Map;
import no.samskap.identity.AccountDeletion;
import no.samskap.identity.AccountService;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.PersonalDataExport;
import no.samskap.identity.Role;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.UserFacingException;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

/** "My data": download everything Samskap holds about me, correct my name, and delete my account. */
@Route("account/data")
@PermitAll
public class MyDataView extends VerticalLayout implements HasDynamicTitle {

    public MyDataView(
            PersonalDataExport export, AccountService accounts, AccountDeletion deletion, CurrentUser currentUser) {
        setMaxWidth("44rem");
        String username = currentUser.require().username();
        String fileName = "samskap-" + username + ".json";
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] json = export.export();
                    return new DownloadResponse(
                            new ByteArrayInputStream(json), fileName, "application/json", json.length);
                }),
                getTranslation("mydata.download"));
        download.getElement().setAttribute("download", fileName);
        download.addClassName("mydata-download");

        TextField name = new TextField(getTranslation("mydata.name"));
        name.setMaxLength(80);
        name.setValue(currentUser.require().displayName());
        Paragraph saved = new Paragraph();
        saved.getElement().setAttribute("role", "status");
        Button save = new Button(getTranslation("mydata.save-name"), e -> {
            FieldErrors.clear(Map.of("displayName", name));
            saved.setText("");
            try {
                name.setValue(accounts.rename(name.getValue()));
            } catch (UserFacingException error) {
                FieldErrors.show(error, Map.of("displayName", name), this);
                return;
            }
            saved.setText(getTranslation("mydata.name-saved"));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);

        add(
                new H1(getTranslation("mydata.title")),
                new Paragraph(getTranslation("mydata.intro")),
                download,
                new H2(getTranslation("mydata.correct")),
                new Paragraph(getTranslation("mydata.correct-intro")),
                name,
                save,
                saved);
        Role role = currentUser.require().role();
        if (role == Role.OFFICIAL || role == Role.ADMIN) {
            add(new H2(getTranslation("mydata.delete.title")), new Paragraph(getTranslation("mydata.delete.official")));
        } else {
            addDeleteSection(deletion, accounts.hasPassword());
        }
    }

    /** What deleting does, the choice about one's content, the password, and a last confirmation. */
    private void addDeleteSection(AccountDeletion deletion, boolean hasPassword) {
        UnorderedList what = new UnorderedList(
                new ListItem(getTranslation("mydata.delete.what-account")),
                new ListItem(getTranslation("mydata.delete.what-content")),
                new ListItem(getTranslation("mydata.delete.what-votes")),
                new ListItem(getTranslation("mydata.delete.what-audit")));
        Checkbox removeContent = new Checkbox(getTranslation("mydata.delete.remove-content"));
        removeContent.setHelperText(getTranslation("mydata.delete.remove-content-help"));
        PasswordField password = new PasswordField(getTranslation("account.current-password"));
        password.setMaxLength(128);
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.addClassName("delete-password");
        // An account made through ID-porten has no password: the signed-in session is the proof.
        password.setVisible(hasPassword);
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("deletePassword", password);

        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("mydata.delete.confirm-title"));
        confirm.setText(getTranslation("mydata.delete.confirm-text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("mydata.delete.keep"));
        confirm.setConfirmText(getTranslation("mydata.delete.button"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            FieldErrors.clear(fields);
            try {
                deletion.deleteSignedInAccount(password.getValue(), removeContent.getValue());
            } catch (UserFacingException error) {
                // The choice and the password stay, so one correction is enough.
                FieldErrors.show(error, fields, this);
                return;
            }
            // The account is gone: end this session and say so on a page anyone may see.
            getUI().ifPresent(ui -> ui.getPage().setLocation("account/deleted"));
            new SecurityContextLogoutHandler()
                    .logout(VaadinServletRequest.getCurrent().getHttpServletRequest(), null, null);
        });
        Button delete = new Button(getTranslation("mydata.delete.button"), e -> {
            FieldErrors.clear(fields);
            if (hasPassword && password.getValue().isEmpty()) {
                password.setErrorMessage(getTranslation("error.field.required"));
                password.setInvalid(true);
                password.focus();
                return;
            }
            confirm.open();
        });
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClassName("delete-account");
        add(
                new H2(getTranslation("mydata.delete.title")),
                new Paragraph(getTranslation("mydata.delete.intro")),
                what,
                removeContent,
                password,
                delete);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mydata.title") + " – Samskap";
    }
}
