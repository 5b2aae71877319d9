package no.samskap.identity;

import no.samskap.shared.UserFacingException;

/**
 * A refusal because the person has not the level the action needs here; the shell offers the one
 * step that gets it (signing in through ID-porten, or confirming an address) and brings them back.
 */
public class AssuranceRequired extends UserFacingException {

    private final Requirement needed;

    public AssuranceRequired(Requirement needed, GuardedAction action) {
        super("error.assurance." + needed.name().toLowerCase(java.util.Locale.ROOT), actionKey(action));
        this.needed = needed;
    }

    private static String actionKey(GuardedAction action) {
        return action.name().toLowerCase(java.util.Locale.ROOT);
    }

    public Requirement needed() {
        return needed;
    }
}
