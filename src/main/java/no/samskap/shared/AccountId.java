package no.samskap.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies an account; shared because many modules record who did something. */
public record AccountId(UUID value) implements Serializable {

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
