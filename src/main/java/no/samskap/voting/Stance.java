package no.samskap.voting;

/** Whether a vote supports or opposes a proposal. */
public enum Stance {
    SUPPORT,
    OPPOSE
}
