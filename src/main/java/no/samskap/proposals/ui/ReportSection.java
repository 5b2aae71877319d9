package no.samskap.proposals.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import no.samskap.identity.CurrentUser;
import no.samskap.moderation.ModerationService;
import no.samskap.moderation.ReportButton;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalSection;

/** A "Report" button on proposals that are not the user's own. */
@org.springframework.stereotype.Component
class ReportSection implements ProposalSection {

    private final ModerationService moderation;
    private final CurrentUser currentUser;

    ReportSection(ModerationService moderation, CurrentUser currentUser) {
        this.moderation = moderation;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Optional<Component> create(ProposalDetails proposal) {
        boolean canReport = proposal.state().isPublic()
                && currentUser
                        .get()
                        .filter(u -> !u.id().equals(proposal.authorId()) && u.belongsTo(proposal.municipality()))
                        .isPresent();
        if (!canReport) {
            return Optional.empty();
        }
        return Optional.of(new ReportButton(
                moderation, ModerationService.proposal(proposal.id().value()), false));
    }
}
