package no.samskap.proposals;

import java.time.Instant;
import java.util.Map;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;

/** A proposal as its detail page shows it; {@code process} is null for the standing, open process. */
public record ProposalDetails(
        ProposalId id,
        MunicipalityId municipality,
        String title,
        String description,
        Category category,
        ProposalState state,
        String geometryGeoJson,
        double lat,
        double lon,
        String districtName,
        AccountId authorId,
        String authorName,
        String organisation,
        Instant createdAt,
        Instant submittedAt,
        Instant updatedAt,
        String answerText,
        Instant answeredAt,
        String answeredBy,
        boolean hidden,
        String hiddenReason,
        Map<String, Double> parameters,
        ProcessId process) {}
