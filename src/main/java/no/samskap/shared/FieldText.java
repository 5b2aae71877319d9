package no.samskap.shared;

/** Checks for what people type into a form field, refusing with the field's name so the form can show where. */
public final class FieldText {

    private FieldText() {}

    /** The text without surrounding blanks; refused when empty or longer than {@code max} characters. */
    public static String required(String text, String field, int max) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw UserFacingException.forField(field, "error.field.required");
        }
        if (clean.length() > max) {
            throw UserFacingException.forField(field, "error.field.too-long", max);
        }
        return clean;
    }
}
