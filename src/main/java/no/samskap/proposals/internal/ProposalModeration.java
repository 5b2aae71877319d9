package no.samskap.proposals.internal;

import java.util.Optional;
import java.util.UUID;
import no.samskap.identity.AccountBlocked;
import no.samskap.moderation.ContentModerated;
import no.samskap.moderation.ContentType;
import no.samskap.moderation.ModeratedContent;
import no.samskap.proposals.ProposalHidden;
import no.samskap.proposals.ProposalState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Lets moderation describe, hide and restore proposals, and hides a blocked author's proposals. */
@Component
class ProposalModeration implements ModeratedContent {

    static final String BLOCKED = "blocked";

    private final ProposalRepository proposals;
    private final ApplicationEventPublisher events;

    ProposalModeration(ProposalRepository proposals, ApplicationEventPublisher events) {
        this.proposals = proposals;
        this.events = events;
    }

    @Override
    public ContentType type() {
        return ContentType.PROPOSAL;
    }

    @Override
    public Optional<Info> describe(UUID id) {
        return proposals
                .findById(id)
                .filter(p -> p.state() != ProposalState.DRAFT)
                .map(p ->
                        new Info(p.municipality(), p.author(), p.toDetails().title(), "proposals/" + id, p.isHidden()));
    }

    @EventListener
    void on(ContentModerated event) {
        if (event.content().type() == ContentType.PROPOSAL) {
            proposals.findById(event.content().id()).ifPresent(p -> apply(p, event.hidden(), event.reason()));
        }
    }

    @EventListener
    void on(AccountBlocked event) {
        for (Proposal p : proposals.findByAuthorId(event.account().value())) {
            if (event.blocked() && !p.isHidden()) {
                apply(p, true, BLOCKED);
            } else if (!event.blocked() && BLOCKED.equals(p.toDetails().hiddenReason())) {
                apply(p, false, null);
            }
        }
    }

    private void apply(Proposal p, boolean hidden, String reason) {
        p.setHidden(hidden, reason);
        events.publishEvent(new ProposalHidden(p.id(), p.municipality(), hidden, reason));
    }
}
