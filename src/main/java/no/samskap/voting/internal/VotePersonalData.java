package no.samskap.voting.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import no.samskap.shared.AccountId;
import no.samskap.shared.Erasure;
import no.samskap.shared.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The person's votes; they stay in the tallies. */
@Component
class VotePersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    VotePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "votes";
    }

    @Override
    public Object export(AccountId account) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "votes",
                PersonalData.rows(jdbc, "select * from vote where account_id = ? order by proposal_id", account));
        return data;
    }

    /**
     * Votes stay, and keep counting in the tallies: the account they belong to is anonymised, so they
     * no longer say whose they were.
     */
    @Override
    public void erase(Erasure erasure) {
        // Nothing of the person's own is left here once the account row is anonymised.
    }
}
