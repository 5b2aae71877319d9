package no.samskap.moderation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import no.samskap.moderation.ContentType;
import no.samskap.moderation.ReportReason;

/** One person's report of one piece of content; the database allows only one per person and content. */
@Entity
@Table(name = "report")
public class Report {

    /** Open until an official acts on the content or dismisses the reports. */
    public enum Status {
        OPEN,
        DISMISSED,
        ACTIONED
    }

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private ContentType contentType;

    private UUID contentId;
    private String municipalityId;
    private UUID contentAuthor;
    private UUID reporterId;

    @Enumerated(EnumType.STRING)
    private ReportReason reason;

    private String details;
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    protected Report() {}

    public Report(
            ContentType type,
            UUID contentId,
            String municipalityId,
            UUID contentAuthor,
            UUID reporterId,
            ReportReason reason,
            String details,
            Instant now) {
        this.id = UUID.randomUUID();
        this.contentType = type;
        this.contentId = contentId;
        this.municipalityId = municipalityId;
        this.contentAuthor = contentAuthor;
        this.reporterId = reporterId;
        this.reason = reason;
        this.details = details;
        this.createdAt = now;
        this.status = Status.OPEN;
    }

    public ContentType contentType() {
        return contentType;
    }

    public UUID contentId() {
        return contentId;
    }

    public ReportReason reason() {
        return reason;
    }

    public String details() {
        return details;
    }

    public void close(Status outcome) {
        status = outcome;
    }
}
