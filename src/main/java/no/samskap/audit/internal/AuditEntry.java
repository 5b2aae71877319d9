package no.samskap.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import no.samskap.audit.AuditRecord;
import org.hibernate.annotations.Immutable;

/** A row of the audit log; immutable, so Hibernate never issues an update for it. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private UUID id;

    private Instant at;
    private String municipalityId;
    private UUID actorId;
    private String actorName;
    private String action;
    private String targetType;
    private String targetId;

    @Column(length = 5000)
    private String detail;

    protected AuditEntry() {}

    public AuditEntry(
            Instant at,
            String municipalityId,
            UUID actorId,
            String actorName,
            String action,
            String targetType,
            String targetId,
            String detail) {
        this.id = UUID.randomUUID();
        this.at = at;
        this.municipalityId = municipalityId;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.detail = detail == null || detail.length() <= 5000 ? detail : detail.substring(0, 5000);
    }

    UUID actorId() {
        return actorId;
    }

    String municipalityId() {
        return municipalityId;
    }

    String action() {
        return action;
    }

    String targetType() {
        return targetType;
    }

    String targetId() {
        return targetId;
    }

    public AuditRecord toRecord() {
        return new AuditRecord(at, actorName, action, targetType, targetId, detail);
    }
}
