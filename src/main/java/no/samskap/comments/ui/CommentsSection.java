package no.samskap.comments.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import no.samskap.comments.CommentService;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.SignedInUser;
import no.samskap.live.LiveUpdates;
import no.samskap.moderation.ModerationService;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalSection;

/** The discussion under every public proposal. */
@org.springframework.stereotype.Component
class CommentsSection implements ProposalSection {

    private final CommentService comments;
    private final CurrentUser currentUser;
    private final LiveUpdates live;
    private final ModerationService moderation;

    CommentsSection(CommentService comments, CurrentUser currentUser, LiveUpdates live, ModerationService moderation) {
        this.comments = comments;
        this.currentUser = currentUser;
        this.live = live;
        this.moderation = moderation;
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
        Optional<SignedInUser> member = currentUser.get().filter(u -> u.belongsTo(proposal.municipality()));
        boolean canWrite = !proposal.hidden() && member.isPresent();
        // Reporting needs no open thread: a hidden proposal's comments can still be reported.
        CommentsPanel.Reporting reporting =
                member.map(u -> new CommentsPanel.Reporting(moderation, u.id())).orElse(null);
        return Optional.of(new CommentsPanel(
                proposal, comments, canWrite, currentUser.get().isPresent(), live, reporting));
    }
}
