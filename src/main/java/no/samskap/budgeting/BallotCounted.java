package no.samskap.budgeting;

import no.samskap.shared.AccountId;
import no.samskap.shared.LiveEvent;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;

/**
 * A ballot was confirmed, changed or entered from paper: open results pages recount, and the
 * voter's other tabs show the receipt.
 *
 * @param voter who confirmed it, or null for a paper ballot
 * @param tab the tab it was confirmed from, which need not follow itself; or null
 */
public record BallotCounted(ProcessId process, MunicipalityId municipality, AccountId voter, String tab)
        implements LiveEvent {}
