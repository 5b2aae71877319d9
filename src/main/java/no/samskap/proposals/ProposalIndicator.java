package no.samskap.proposals;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samskap.shared.LiveEvent;

/**
 * A short figure about proposals contributed by another module (such as the vote tally), shown
 * as a column in the list and a line on the map card. Asked for a whole page of proposals at
 * once so it costs one query, not one per row.
 */
public interface ProposalIndicator {

    /** Position among indicators; lower comes first. */
    int order();

    /** The column heading. */
    String header(Locale locale);

    /** The plain-text value for each proposal (missing ids show nothing). */
    Map<ProposalId, String> values(Collection<ProposalId> proposals, Locale locale);

    /** The live events after which the values may differ, so lists listen to these and no others. */
    default List<Class<? extends LiveEvent>> changedBy() {
        return List.of();
    }
}
