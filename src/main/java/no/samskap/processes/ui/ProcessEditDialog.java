package no.samskap.processes.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import no.samskap.processes.ProcessDetails;
import no.samskap.processes.ProcessService;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.UserFacingException;

/** An official corrects a process's title and description; a refusal shows beside the field and the text stays. */
class ProcessEditDialog extends Dialog {

    ProcessEditDialog(ProcessService processes, ProcessDetails process) {
        setHeaderTitle(getTranslation("process.edit"));
        TextField title = new TextField(getTranslation("process.title"));
        title.setValue(process.title());
        title.setWidthFull();
        TextArea description = new TextArea(getTranslation("process.description"));
        description.setHelperText(getTranslation("process.description-help"));
        description.setValue(process.description() == null ? "" : process.description());
        description.setWidthFull();
        description.setMinHeight("10em");
        Map<String, HasValidation> fields = Map.of("title", title, "description", description);
        Button save = new Button(getTranslation("process.edit-save"), e -> {
            FieldErrors.clear(fields);
            try {
                processes.describe(process.id(), title.getValue(), description.getValue());
            } catch (UserFacingException ex) {
                FieldErrors.show(ex, fields, this);
                return;
            }
            close();
            Notification.show(getTranslation("process.edit-saved"));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new VerticalLayout(title, description));
        setWidth("40rem");
        getFooter().add(new Button(getTranslation("proposal.cancel"), e -> close()), save);
    }
}
