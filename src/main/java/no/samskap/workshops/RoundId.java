package no.samskap.workshops;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

/** Identifies a round of a workshop. */
public record RoundId(UUID value) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public RoundId {
        if (value == null) {
            throw new IllegalArgumentException("id is required");
        }
    }

    public static RoundId random() {
        return new RoundId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
