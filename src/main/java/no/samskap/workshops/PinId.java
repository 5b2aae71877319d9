package no.samskap.workshops;

import java.io.Serial;
import java.io.Serializable;
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

    @Override
    public String toString() {
        return value.toString();
    }
}
