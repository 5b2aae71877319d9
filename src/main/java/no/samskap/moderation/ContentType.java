package no.samskap.moderation;

/** Kinds of content that can be reported and hidden. */
public enum ContentType {
    PROPOSAL,
    COMMENT
}
