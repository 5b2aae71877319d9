package no.samskap.shared;

import java.time.Instant;

/**
 * A role-sensitive action that belongs in the audit log and has no domain event of its own that
 * the audit module reads (a KPI baseline set, a workshop ended, an idea turned into a draft).
 * Published inside the action's transaction, so the action and its entry commit together.
 */
public record AuditableAction(
        Instant at,
        MunicipalityId municipality,
        AccountId actor,
        String actorName,
        String action,
        String targetType,
        String targetId,
        String detail) {}
