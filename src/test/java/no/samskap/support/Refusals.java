package no.samskap.support;

import no.samskap.shared.UserFacingException;

/** What a service answers a request with: the message key of its refusal, or "allowed". */
public final class Refusals {

    private Refusals() {}

    public static String of(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException e) {
            return e.messageKey();
        }
        return "allowed";
    }
}
