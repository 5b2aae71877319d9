package no.samskap.workshops;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/** Identifies a pin of a workshop. */
public record PinId(UUID value) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public PinId {
        if (value == null) {
            throw new IllegalArgumentException("id is required");
        }
    }

    public static PinId random() {
        return new PinId(UUID.randomUUID());
    }

    /** Parses an id from a URL or form; empty when it is not a UUID. */
    public static Optional<PinId> parse(String text) {
        try {
            return Optional.of(new PinId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
