package no.samskap.voting;

import java.time.Instant;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.LiveEvent;
import no.samskap.shared.MunicipalityId;

/**
 * A vote was cast, changed or withdrawn; carries the new tally (with its version, so views can
 * drop one that arrives after a newer one) so views need not ask.
 */
public record VoteCast(ProposalId proposal, MunicipalityId municipality, Tally tally, Instant at)
        implements LiveEvent {}
