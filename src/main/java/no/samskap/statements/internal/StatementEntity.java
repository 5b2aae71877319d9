package no.samskap.statements.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** A municipality's own text of one statement in one language. */
@Entity
@Table(name = "municipality_statement")
public class StatementEntity {

    @EmbeddedId
    private Key key;

    private String body;
    private Instant updatedAt;
    private String updatedBy;

    @Version
    private long version;

    protected StatementEntity() {}

    public StatementEntity(Key key) {
        this.key = key;
    }

    public void write(String body, String by, Instant at) {
        this.body = body;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String body() {
        return body;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }

    /** Municipality, statement kind and language. */
    @Embeddable
    public record Key(String municipalityId, String kind, String language) implements Serializable {}
}
