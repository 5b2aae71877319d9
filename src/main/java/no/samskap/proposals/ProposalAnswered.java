package no.samskap.proposals;

import java.time.Instant;
import no.samskap.shared.AccountId;
import no.samskap.shared.LiveEvent;
import no.samskap.shared.MunicipalityId;

/**
 * The municipality answered a proposal and moved it to a new state.
 *
 * @param author the proposal's author
 * @param official the official who answered (audit and notifications need not ask who is signed in)
 */
public record ProposalAnswered(
        ProposalId proposal,
        MunicipalityId municipality,
        AccountId author,
        String title,
        ProposalState from,
        ProposalState to,
        String text,
        AccountId official,
        String officialName,
        Instant at)
        implements LiveEvent {}
