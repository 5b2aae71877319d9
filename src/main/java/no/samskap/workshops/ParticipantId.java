package no.samskap.workshops;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
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

    /** Parses an id from a URL or form; empty when it is not a UUID. */
    public static Optional<ParticipantId> parse(String text) {
        try {
            return Optional.of(new ParticipantId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
