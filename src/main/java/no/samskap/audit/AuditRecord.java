package no.samskap.audit;

import java.time.Instant;

/** One line of the audit log: who did what to which content, when and why. */
public record AuditRecord(
        Instant at, String actorName, String action, String targetType, String targetId, String detail) {}
