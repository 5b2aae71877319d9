package no.samskap.shared;

import java.util.Locale;

/** What participants may do in a phase of a process; the server refuses the rest. */
public enum PhaseAction {
    PROPOSE,
    COMMENT,
    VOTE,
    BUDGET,
    WORKSHOP;

    /** The message key of the action's name ("propose", "comment" …). */
    public String messageKey() {
        return "phase.action." + name().toLowerCase(Locale.ROOT);
    }
}
