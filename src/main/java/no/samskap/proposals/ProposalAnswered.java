package no.samskap.proposals;

import java.time.Instant;
import no.samskap.shared.AccountId;
import no.samskap.shared.LiveEvent;
import no.samskap.shared.MunicipalityId;

/** The municipality answered a proposal and moved it to a new state. */
public record ProposalAnswered(ProposalId proposal, MunicipalityId municipality, AccountId author, String title,
        ProposalState from, ProposalState to, String text, String officialName, Instant at) implements LiveEvent {
}
