package no.samskap.workshops;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.samskap.proposals.ProposalMarker;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;

/** Everything a workshop room shows on opening; live events keep it current afterwards. */
public record WorkshopDetails(
        WorkshopId id,
        MunicipalityId municipality,
        String title,
        String joinCode,
        String areaGeoJson,
        AccountId facilitator,
        String facilitatorName,
        WorkshopState state,
        Instant createdAt,
        Instant endedAt,
        List<ProposalMarker> proposals,
        List<Pin> pins,
        List<Round> rounds) {

    public WorkshopDetails {
        proposals = List.copyOf(proposals);
        pins = List.copyOf(pins);
        rounds = List.copyOf(rounds);
    }

    public boolean isOpen() {
        return state == WorkshopState.OPEN;
    }

    /** The round that is running now, if any. */
    public Optional<Round> openRound() {
        return rounds.stream().filter(Round::open).findFirst();
    }
}
