package no.samskap.comments;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a comment. */
public record CommentId(UUID value) implements Serializable {

    public CommentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
