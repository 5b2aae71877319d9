package no.samskap.audit.internal;

import java.time.Clock;
import no.samskap.identity.AccountBlocked;
import no.samskap.moderation.ContentModerated;
import no.samskap.moderation.ReportFiled;
import no.samskap.proposals.ProposalAnswered;
import no.samskap.proposals.ProposalSubmitted;
import no.samskap.protection.SecurityLog;
import no.samskap.shared.AuditableAction;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes an audit entry for every moderation and lifecycle event, in the same transaction as
 * the action itself, so an action without its entry can never be committed.
 */
@Component
class AuditTrail {

    private final AuditRepository entries;
    private final Clock clock;
    private final SecurityLog securityLog;

    AuditTrail(AuditRepository entries, Clock clock, SecurityLog securityLog) {
        this.entries = entries;
        this.clock = clock;
        this.securityLog = securityLog;
    }

    /** Keeps the entry and names the action in the security log too (without its free text). */
    private void keep(AuditEntry entry) {
        entries.save(entry);
        securityLog.record(
                SecurityLog.Event.ROLE_ACTION,
                entry.actorId() == null ? null : entry.actorId().toString(),
                "action",
                entry.action(),
                "target",
                entry.targetType() + ":" + entry.targetId(),
                "municipality",
                entry.municipalityId());
    }

    @EventListener
    void on(ProposalSubmitted e) {
        keep(new AuditEntry(
                e.at(),
                e.municipality().value(),
                e.author().value(),
                e.authorName(),
                "SUBMITTED",
                "PROPOSAL",
                e.proposal().toString(),
                e.title()));
    }

    @EventListener
    void on(ProposalAnswered e) {
        keep(new AuditEntry(
                e.at(),
                e.municipality().value(),
                e.official().value(),
                e.officialName(),
                "ANSWERED " + e.from() + " -> " + e.to(),
                "PROPOSAL",
                e.proposal().toString(),
                e.text()));
    }

    @EventListener
    void on(ContentModerated e) {
        String actor = e.actorName() == null ? "(reports)" : e.actorName();
        keep(new AuditEntry(
                clock.instant(),
                e.municipality().value(),
                e.actor() == null ? null : e.actor().value(),
                actor,
                e.hidden() ? "HIDDEN" : "RESTORED",
                e.content().type().name(),
                e.content().id().toString(),
                e.reason()));
    }

    @EventListener
    void on(ReportFiled e) {
        keep(new AuditEntry(
                clock.instant(),
                e.municipality().value(),
                e.reporter().value(),
                e.reporterName(),
                "REPORTED",
                e.content().type().name(),
                e.content().id().toString(),
                e.reason().name()));
    }

    @EventListener
    void on(AccountBlocked e) {
        keep(new AuditEntry(
                clock.instant(),
                e.municipality() == null ? null : e.municipality().value(),
                e.actor().value(),
                e.actorName(),
                e.blocked() ? "BLOCKED" : "UNBLOCKED",
                "ACCOUNT",
                e.account().toString(),
                e.username()));
    }

    @EventListener
    void on(AuditableAction e) {
        keep(new AuditEntry(
                e.at(),
                e.municipality() == null ? null : e.municipality().value(),
                e.actor() == null ? null : e.actor().value(),
                e.actorName(),
                e.action(),
                e.targetType(),
                e.targetId(),
                e.detail()));
    }
}
