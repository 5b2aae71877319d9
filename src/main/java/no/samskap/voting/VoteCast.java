package no.samskap.voting;

import no.samskap.proposals.ProposalId;
import no.samskap.shared.LiveEvent;
import no.samskap.shared.MunicipalityId;

/** A vote was cast, changed or withdrawn; carries the new tally so views need not ask. */
public record VoteCast(ProposalId proposal, MunicipalityId municipality, Tally tally) implements LiveEvent {
}
