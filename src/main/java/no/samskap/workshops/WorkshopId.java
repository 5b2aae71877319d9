package no.samskap.workshops;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/** Identifies a workshop. */
public record WorkshopId(UUID value) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public WorkshopId {
        if (value == null) {
            throw new IllegalArgumentException("id is required");
        }
    }

    public static WorkshopId random() {
        return new WorkshopId(UUID.randomUUID());
    }

    /** Parses an id from a URL or form; empty when it is not a UUID. */
    public static Optional<WorkshopId> parse(String text) {
        try {
            return Optional.of(new WorkshopId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
