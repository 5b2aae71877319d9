package no.samskap.budgeting.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import no.samskap.shared.AccountId;
import no.samskap.shared.Erasure;
import no.samskap.shared.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The person's participatory-budget ballots and what they chose; like votes, they keep counting. */
@Component
class BallotPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    BallotPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "ballots";
    }

    @Override
    public Object export(AccountId account) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "ballots",
                PersonalData.rows(
                        jdbc,
                        "select id, process_id, reference, stakeholder, submitted_at, changes from ballot"
                                + " where voter_id = ? order by submitted_at",
                        account));
        data.put(
                "choices",
                PersonalData.rows(
                        jdbc,
                        "select c.ballot_id, c.proposal_id from ballot_choice c join ballot b on b.id = c.ballot_id"
                                + " where b.voter_id = ? order by c.ballot_id, c.proposal_id",
                        account));
        return data;
    }

    /**
     * Ballots stay and keep counting, as votes do: the account they belong to is anonymised, so they no
     * longer say whose they were.
     */
    @Override
    public void erase(Erasure erasure) {
        // Nothing of the person's own is left here once the account row is anonymised.
    }
}
