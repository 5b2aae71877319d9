package no.samskap.proposals;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of the proposal page contributed by another module (votes, comments, answers), so the
 * page can grow without the proposals module knowing those modules. Beans of this type are
 * shown in {@link #order()} below the proposal.
 */
public interface ProposalSection {

    /** Position on the page; lower comes first. */
    int order();

    /** The section for this proposal, or empty when it has nothing to show. Called in the UI thread. */
    Optional<Component> create(ProposalDetails proposal);
}
