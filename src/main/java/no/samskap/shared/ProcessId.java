package no.samskap.shared;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/** Identifies a participation process (a plan, a climate budget, a participatory budget). */
public record ProcessId(UUID value) implements Serializable {

    public ProcessId {
        if (value == null) {
            throw new IllegalArgumentException("A process id needs a value");
        }
    }

    public static ProcessId random() {
        return new ProcessId(UUID.randomUUID());
    }

    /** The id in a path or form, or empty when the text is not an id. */
    public static Optional<ProcessId> parse(String text) {
        try {
            return Optional.of(new ProcessId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
