package no.samskap.budgeting;

import java.util.List;
import java.util.Map;
import no.samskap.impact.ScenarioTotals;
import no.samskap.voting.StakeholderType;

/**
 * The count: projects ranked by votes, the selection that fits the budget, and its combined impact.
 *
 * @param selected whether the project is funded: taken in order of votes while the budget lasts
 *     (a project that does not fit is passed over for cheaper ones below it)
 * @param byStakeholder votes by the kind of voter (residents, businesses, municipal staff)
 */
public record Results(
        long budgetNok,
        int ballots,
        int paperBallots,
        List<Row> ranked,
        long selectedNok,
        ScenarioTotals selectedImpact,
        boolean finalResult) {

    /** One project's count. */
    public record Row(
            BallotItem item,
            int votes,
            int paperVotes,
            Map<StakeholderType, Integer> byStakeholder,
            boolean selected) {}
}
