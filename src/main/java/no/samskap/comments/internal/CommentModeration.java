package no.samskap.comments.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import no.samskap.comments.CommentHidden;
import no.samskap.comments.CommentRestored;
import no.samskap.identity.AccountBlocked;
import no.samskap.moderation.ContentModerated;
import no.samskap.moderation.ContentType;
import no.samskap.moderation.ModeratedContent;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.AccountId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Lets moderation describe, hide and restore comments, and hides a blocked author's comments. */
@Component
class CommentModeration implements ModeratedContent {

    private final CommentRepository comments;
    private final ProposalService proposals;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentModeration(
            CommentRepository comments, ProposalService proposals, ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.proposals = proposals;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ContentType type() {
        return ContentType.COMMENT;
    }

    @Override
    public Optional<Info> describe(UUID id) {
        return comments.findById(id)
                .flatMap(c -> proposals.find(new ProposalId(c.proposalId())).map(p -> {
                    String excerpt = c.body().length() > 140 ? c.body().substring(0, 140) + "…" : c.body();
                    return new Info(
                            p.municipality(),
                            c.author(),
                            c.authorName() + ": " + excerpt,
                            "proposals/" + c.proposalId(),
                            c.isHidden());
                }));
    }

    @EventListener
    void on(ContentModerated event) {
        if (event.content().type() == ContentType.COMMENT) {
            comments.findById(event.content().id()).ifPresent(c -> apply(c, event.hidden(), event.actor()));
        }
    }

    @EventListener
    void on(AccountBlocked event) {
        comments.findByAuthorId(event.account().value()).forEach(c -> apply(c, event.blocked(), event.actor()));
    }

    private void apply(Comment c, boolean hidden, AccountId actor) {
        c.setHidden(hidden);
        ProposalId proposal = new ProposalId(c.proposalId());
        Instant now = clock.instant();
        proposals
                .find(proposal)
                .map(ProposalDetails::municipality)
                .ifPresent(m -> events.publishEvent(
                        hidden
                                ? new CommentHidden(c.id(), proposal, m, actor, now)
                                : new CommentRestored(c.id(), proposal, m, actor, now)));
    }
}
