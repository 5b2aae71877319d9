package no.samskap.identity;

/** An account's mail address and whether it was confirmed from a link sent to it. */
public record AccountEmail(String address, boolean verified) {}
