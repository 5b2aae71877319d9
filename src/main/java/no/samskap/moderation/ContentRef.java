package no.samskap.moderation;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Points at one piece of content of any module. */
public record ContentRef(ContentType type, UUID id) implements Serializable {

    public ContentRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }
}
