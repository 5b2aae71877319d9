package no.samskap.workshops;

/** A workshop is open until its facilitator ends it; then only its results remain. */
public enum WorkshopState {
    OPEN,
    ENDED
}
