package no.samskap.shared;

/** Thrown by services when the current user may not do what was asked. */
public class AccessDeniedException extends UserFacingException {

    public AccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
