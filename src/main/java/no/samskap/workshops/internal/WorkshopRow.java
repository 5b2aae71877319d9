package no.samskap.workshops.internal;

import java.time.Instant;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;
import no.samskap.workshops.WorkshopId;
import no.samskap.workshops.WorkshopState;

/** A workshop as its table row holds it. */
public record WorkshopRow(
        WorkshopId id,
        MunicipalityId municipality,
        String title,
        String code,
        String area,
        AccountId facilitator,
        String facilitatorName,
        WorkshopState state,
        Instant createdAt,
        Instant endedAt) {

    public boolean isOpen() {
        return state == WorkshopState.OPEN;
    }
}
