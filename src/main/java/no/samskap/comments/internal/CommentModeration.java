package no.samskap.comments.internal;

import java.util.Optional;
import java.util.UUID;
import no.samskap.comments.CommentPosted;
import no.samskap.identity.AccountBlocked;
import no.samskap.moderation.ContentModerated;
import no.samskap.moderation.ContentType;
import no.samskap.moderation.ModeratedContent;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Lets moderation describe, hide and restore comments, and hides a blocked author's comments. */
@Component
class CommentModeration implements ModeratedContent {

    private final CommentRepository comments;
    private final ProposalService proposals;
    private final ApplicationEventPublisher events;

    CommentModeration(CommentRepository comments, ProposalService proposals, ApplicationEventPublisher events) {
        this.comments = comments;
        this.proposals = proposals;
        this.events = events;
    }

    @Override
    public ContentType type() {
        return ContentType.COMMENT;
    }

    @Override
    public Optional<Info> describe(UUID id) {
        return comments.findById(id).flatMap(c -> proposals.find(new ProposalId(c.proposalId())).map(p -> {
            String excerpt = c.body().length() > 140 ? c.body().substring(0, 140) + "…" : c.body();
            return new Info(p.municipality(), c.author(), c.authorName() + ": " + excerpt,
                    "proposals/" + c.proposalId(), c.isHidden());
        }));
    }

    @EventListener
    void on(ContentModerated event) {
        if (event.content().type() == ContentType.COMMENT) {
            comments.findById(event.content().id()).ifPresent(c -> apply(c, event.hidden()));
        }
    }

    @EventListener
    void on(AccountBlocked event) {
        comments.findByAuthorId(event.account().value()).forEach(c -> apply(c, event.blocked()));
    }

    private void apply(Comment c, boolean hidden) {
        c.setHidden(hidden);
        proposals.find(new ProposalId(c.proposalId())).map(ProposalDetails::municipality).ifPresent(m ->
                events.publishEvent(new CommentPosted(c.id(), new ProposalId(c.proposalId()), m, c.author(),
                        c.authorName(), "", true)));
    }
}
