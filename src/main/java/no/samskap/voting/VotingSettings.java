package no.samskap.voting;

import java.util.List;
import java.util.Map;
import no.samskap.proposals.ProposalState;
import no.samskap.shared.MunicipalityId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Voting settings ({@code samskap.voting.*}).
 *
 * @param openStates the proposal states in which people may vote
 * @param openStatesByMunicipality overrides of {@code openStates} per municipality id
 */
@ConfigurationProperties("samskap.voting")
public record VotingSettings(
        @DefaultValue({"SUBMITTED", "UNDER_REVIEW"}) List<ProposalState> openStates,
        Map<String, List<ProposalState>> openStatesByMunicipality) {

    public VotingSettings {
        openStatesByMunicipality = openStatesByMunicipality == null ? Map.of() : Map.copyOf(openStatesByMunicipality);
    }

    public boolean isOpen(MunicipalityId municipality, ProposalState state) {
        return openStates(municipality).contains(state);
    }

    /** The states in which proposals of this municipality take votes. */
    public List<ProposalState> openStates(MunicipalityId municipality) {
        return openStatesByMunicipality.getOrDefault(municipality.value(), openStates);
    }
}
