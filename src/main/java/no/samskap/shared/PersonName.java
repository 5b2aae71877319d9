package no.samskap.shared;

import java.util.function.UnaryOperator;

/** How a stored name is shown: a person who deleted their account has an empty one and is "deleted user". */
public final class PersonName {

    /** The message key of "deleted user". */
    public static final String DELETED = "person.deleted";

    private PersonName() {}

    /** The name, or "deleted user" in the reader's language ({@code translate} looks up a message key). */
    public static String shown(String stored, UnaryOperator<String> translate) {
        return stored == null || stored.isBlank() ? translate.apply(DELETED) : stored;
    }
}
