package no.samskap.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Map;
import no.samskap.identity.AccountService;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.PersonalDataExport;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.UserFacingException;

/** "My data": download everything Samskap holds about me, and correct my name. */
@Route("account/data")
@PermitAll
public class MyDataView extends VerticalLayout implements HasDynamicTitle {

    public MyDataView(PersonalDataExport export, AccountService accounts, CurrentUser currentUser) {
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
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mydata.title") + " – Samskap";
    }
}
