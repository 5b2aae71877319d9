package no.samskap.identity;

/** The actions whose required level a municipality sets (reading always needs nothing). */
public enum GuardedAction {
    PROPOSE,
    COMMENT,
    VOTE,
    REPORT
}
