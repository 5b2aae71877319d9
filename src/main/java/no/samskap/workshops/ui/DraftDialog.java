package no.samskap.workshops.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.PersonName;
import no.samskap.shared.UserFacingException;
import no.samskap.workshops.Pin;
import no.samskap.workshops.WorkshopService;

/** Makes a draft proposal of an idea: a title (the idea's text to start with) and a category. */
class DraftDialog extends Dialog {

    private static final int MAX_TITLE = 120;

    DraftDialog(WorkshopService workshops, RoomState state, Pin pin) {
        setHeaderTitle(getTranslation("workshop.make-draft"));
        TextField title = new TextField(getTranslation("proposal.title"));
        title.setMaxLength(MAX_TITLE);
        title.setWidthFull();
        title.setValue(pin.text().length() > MAX_TITLE ? pin.text().substring(0, MAX_TITLE - 1) + "…" : pin.text());
        ComboBox<Category> category = new ComboBox<>(getTranslation("proposal.category"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        category.setWidthFull();
        Button create = new Button(getTranslation("workshop.make-draft"), e -> {
            Map<String, HasValidation> fields = Map.of("title", title, "category", category);
            FieldErrors.clear(fields);
            try {
                String description = getTranslation(
                        "workshop.draft-description",
                        state.workshop().title(),
                        PersonName.shown(pin.authorName(), k -> getTranslation(k)),
                        pin.text());
                ProposalId id = workshops.convertPin(
                        state.workshop().id(), pin.id(), category.getValue(), title.getValue(), description);
                close();
                Notification.show(getTranslation("workshop.draft-made"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                state.putPin(pin.withProposal(id));
            } catch (UserFacingException ex) {
                FieldErrors.show(ex, fields, this);
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        add(new VerticalLayout(title, category));
        getFooter().add(new Button(getTranslation("workshop.cancel"), e -> close()), create);
    }
}
