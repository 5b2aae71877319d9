package no.samskap.comments.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import no.samskap.comments.CommentService;
import no.samskap.identity.CurrentUser;
import no.samskap.live.LiveUpdates;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalSection;

/** The discussion under every public proposal. */
@org.springframework.stereotype.Component
class CommentsSection implements ProposalSection {

    private final CommentService comments;
    private final CurrentUser currentUser;
    private final LiveUpdates live;

    CommentsSection(CommentService comments, CurrentUser currentUser, LiveUpdates live) {
        this.comments = comments;
        this.currentUser = currentUser;
        this.live = live;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Optional<Component> create(ProposalDetails proposal) {
        if (!proposal.state().isPublic()) {
            return Optional.empty();
        }
        boolean canWrite = !proposal.hidden() && currentUser.get()
                .filter(u -> u.belongsTo(proposal.municipality())).isPresent();
        return Optional.of(new CommentsPanel(proposal, comments, canWrite, currentUser.get().isPresent(), live));
    }
}
