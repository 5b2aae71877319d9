package no.samskap.workshops.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.UserFacingException;
import no.samskap.workshops.WorkshopService;

/** "Join workshop": a code, and a name for those who are not logged in. */
class JoinForm extends VerticalLayout {

    private final TextField code = new TextField();
    private final TextField name = new TextField();

    JoinForm(WorkshopService workshops, boolean signedIn, String presetCode) {
        setPadding(false);
        addClassName("samskap-card");
        code.setLabel(getTranslation("workshop.join-code"));
        code.setMaxLength(12);
        code.setValue(presetCode == null ? "" : presetCode);
        code.addClassName("samskap-join-code");
        name.setLabel(getTranslation("workshop.your-name"));
        name.setHelperText(getTranslation("workshop.guest-help"));
        name.setMaxLength(WorkshopService.MAX_NAME);
        name.setVisible(!signedIn);
        Button join = new Button(getTranslation("workshop.join"), e -> {
            Map<String, TextField> fields = Map.of("code", code, "name", name);
            FieldErrors.clear(fields);
            try {
                WorkshopService.Joined joined = WorkshopSession.join(workshops, code.getValue(), name.getValue());
                getUI().ifPresent(ui -> ui.navigate(
                        WorkshopRoomView.class,
                        new RouteParameters("id", joined.workshop().toString())));
            } catch (UserFacingException ex) {
                showError(ex);
            }
        });
        join.addThemeVariants(ButtonVariant.PRIMARY);
        join.addClickShortcut(Key.ENTER);
        HorizontalLayout row = new HorizontalLayout(code, name, join);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(new H2(getTranslation("workshop.join-heading")), new Paragraph(getTranslation("workshop.join-intro")), row);
    }

    /** Shows a refusal at its field (the code, or the name). */
    void showError(UserFacingException ex) {
        Map<String, TextField> fields = Map.of("code", code, "name", name);
        FieldErrors.clear(fields);
        FieldErrors.show(ex, fields, this);
    }
}
