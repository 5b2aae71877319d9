package no.samskap.identity;

/** What following a link that confirms an address came to. */
public enum EmailVerification {
    VERIFIED,
    ALREADY_VERIFIED,
    /** The account's address changed after the link was sent: the link confirms nothing now. */
    ADDRESS_CHANGED,
    EXPIRED,
    INVALID
}
