package no.samskap.proposals;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a proposal. */
public record ProposalId(UUID value) implements Serializable {

    public ProposalId {
        Objects.requireNonNull(value, "value");
    }

    public static ProposalId random() {
        return new ProposalId(UUID.randomUUID());
    }

    /** Parses an id from a URL; empty when it is not a UUID. */
    public static Optional<ProposalId> parse(String text) {
        try {
            return Optional.of(new ProposalId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
