package no.samskap.processes;

/** Where a phase stands. */
public enum PhaseState {
    /** Not opened yet. */
    PLANNED,
    /** Open: participants may do what the phase allows. */
    OPEN,
    /** Closed by an official, or its last day is over. */
    CLOSED
}
