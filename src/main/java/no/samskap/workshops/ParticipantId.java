package no.samskap.workshops;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

/** Identifies a participant of a workshop. */
public record ParticipantId(UUID value) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public ParticipantId {
        if (value == null) {
            throw new IllegalArgumentException("id is required");
        }
    }

    public static ParticipantId random() {
        return new ParticipantId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
