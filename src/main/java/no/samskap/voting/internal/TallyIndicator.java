package no.samskap.voting.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalIndicator;
import no.samskap.shared.LiveEvent;
import no.samskap.voting.Tally;
import no.samskap.voting.VoteCast;
import no.samskap.voting.VotingService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The tally as a column in the proposal list and a line on the map card. */
@Component
class TallyIndicator implements ProposalIndicator {

    private final VotingService voting;
    private final MessageSource messages;

    TallyIndicator(VotingService voting, MessageSource messages) {
        this.voting = voting;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String header(Locale locale) {
        return messages.getMessage("vote.column", null, locale);
    }

    @Override
    public List<Class<? extends LiveEvent>> changedBy() {
        return List.of(VoteCast.class);
    }

    @Override
    public Map<ProposalId, String> values(Collection<ProposalId> proposals, Locale locale) {
        Map<ProposalId, String> values = new HashMap<>();
        for (Tally t : voting.tallies(proposals).values()) {
            values.put(
                    t.proposal(),
                    messages.getMessage("vote.totals", new Object[] {t.supportTotal(), t.opposeTotal()}, locale));
        }
        return values;
    }
}
