package no.samskap.audit.internal;

import java.time.Clock;
import no.samskap.identity.AccountBlocked;
import no.samskap.moderation.ContentModerated;
import no.samskap.moderation.ReportFiled;
import no.samskap.proposals.ProposalAnswered;
import no.samskap.proposals.ProposalSubmitted;
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

    AuditTrail(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @EventListener
    void on(ProposalSubmitted e) {
        entries.save(new AuditEntry(
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
        entries.save(new AuditEntry(
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
        entries.save(new AuditEntry(
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
        entries.save(new AuditEntry(
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
        entries.save(new AuditEntry(
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
        entries.save(new AuditEntry(
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
