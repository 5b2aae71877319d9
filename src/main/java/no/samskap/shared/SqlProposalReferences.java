package no.samskap.shared;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * {@link ProposalReferences} told in SQL: a query for the proposals others responded to (parameters
 * {@code :ids} and {@code :author}; none if null), and the statements that remove the module's rows
 * for proposals that go (parameter {@code :ids}), run in order.
 */
public abstract class SqlProposalReferences implements ProposalReferences {

    private final NamedParameterJdbcTemplate jdbc;
    private final String respondedQuery;
    private final List<String> removals;

    protected SqlProposalReferences(NamedParameterJdbcTemplate jdbc, String respondedQuery, String... removals) {
        this.jdbc = jdbc;
        this.respondedQuery = respondedQuery;
        this.removals = List.of(removals);
    }

    @Override
    public Set<UUID> respondedToByOthers(Collection<UUID> proposals, AccountId author) {
        if (proposals.isEmpty() || respondedQuery == null) {
            return Set.of();
        }
        return new HashSet<>(
                jdbc.queryForList(respondedQuery, Map.of("ids", proposals, "author", author.value()), UUID.class));
    }

    @Override
    public void removeFor(Collection<UUID> proposals) {
        if (proposals.isEmpty()) {
            return;
        }
        for (String statement : removals) {
            jdbc.update(statement, Map.of("ids", proposals));
        }
    }
}
