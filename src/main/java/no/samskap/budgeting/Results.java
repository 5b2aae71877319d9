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
 * @param byDistrict the projects' votes and funding summed by the district they are in, most votes first
 */
public record Results(
        long budgetNok,
        int ballots,
        int paperBallots,
        List<Row> ranked,
        long selectedNok,
        ScenarioTotals selectedImpact,
        boolean finalResult,
        List<District> byDistrict) {

    /**
     * One district's share: votes for its projects and what the selection funds there.
     *
     * @param name the district, or null for projects outside any district
     * @param shareNok the money set aside for the district, or null when it has no share of its own
     */
    public record District(String name, int projects, int votes, int funded, long fundedNok, Long shareNok) {}

    /** One project's count. */
    public record Row(
            BallotItem item,
            int votes,
            int paperVotes,
            Map<StakeholderType, Integer> byStakeholder,
            boolean selected) {}
}
