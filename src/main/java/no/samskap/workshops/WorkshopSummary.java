package no.samskap.workshops;

import java.time.Instant;
import no.samskap.shared.MunicipalityId;

/** A workshop in a list. */
public record WorkshopSummary(
        WorkshopId id,
        MunicipalityId municipality,
        String title,
        String joinCode,
        WorkshopState state,
        String facilitatorName,
        Instant createdAt,
        int participants) {}
