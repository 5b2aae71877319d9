package no.samskap.budgeting;

import java.util.List;
import no.samskap.shared.ProcessId;

/**
 * A process's budget: the money, the rules a ballot must keep, and what is on the ballot.
 *
 * @param minProjects the fewest projects a ballot may choose, or null
 * @param maxProjects the most projects a ballot may choose, or null
 * @param minSharePercent the least share of the budget a ballot must spend (percent), or null
 */
public record Budget(
        ProcessId process,
        long totalNok,
        Integer minProjects,
        Integer maxProjects,
        Integer minSharePercent,
        List<BallotItem> items) {}
