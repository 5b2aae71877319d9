package no.samskap.shared;

import java.util.Arrays;

/**
 * A refusal the user caused and can fix; carries a message key (messages*.properties)
 * so each view shows it in the user's language, and optionally the field it concerns.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private UserFacingException(String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments.clone();
    }

    /** A refusal that concerns one input field, so the form can show it next to that field. */
    public static UserFacingException forField(String field, String messageKey, Object... arguments) {
        return new UserFacingException(field, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The input field this concerns, or null when it concerns the whole request. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
