package no.samskap.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/**
 * Shows a refusal from a service next to the form field it concerns, in the user's language.
 * Refusals that concern no field of the form are rethrown for the shell's error handler.
 */
public final class FieldErrors {

    private FieldErrors() {}

    /** Marks the field invalid with the translated message and focuses it; rethrows when no field matches. */
    public static void show(UserFacingException e, Map<String, ? extends HasValidation> fields, Component i18n) {
        HasValidation field = e.field() == null ? null : fields.get(e.field());
        if (field == null) {
            throw e;
        }
        field.setErrorMessage(i18n.getTranslation(e.messageKey(), e.arguments()));
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
