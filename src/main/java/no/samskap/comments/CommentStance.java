package no.samskap.comments;

import java.util.Locale;

/** Where a comment stands on the proposal. */
public enum CommentStance {
    FOR,
    AGAINST,
    NEUTRAL;

    public String messageKey() {
        return "comments.stance." + name().toLowerCase(Locale.ROOT);
    }
}
