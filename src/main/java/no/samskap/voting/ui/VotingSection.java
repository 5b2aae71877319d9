package no.samskap.voting.ui;

import java.util.Optional;
import no.samskap.identity.CurrentUser;
import no.samskap.live.LiveUpdates;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalSection;
import no.samskap.voting.VotingService;
import org.springframework.stereotype.Component;

/** Puts the vote panel on every public proposal's page. */
@Component
class VotingSection implements ProposalSection {

    private final VotingService voting;
    private final CurrentUser currentUser;
    private final LiveUpdates live;

    VotingSection(VotingService voting, CurrentUser currentUser, LiveUpdates live) {
        this.voting = voting;
        this.currentUser = currentUser;
        this.live = live;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(ProposalDetails proposal) {
        if (!proposal.state().isPublic()) {
            return Optional.empty();
        }
        return Optional.of(new VotingPanel(proposal, voting, currentUser, live));
    }
}
