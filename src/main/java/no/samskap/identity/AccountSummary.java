package no.samskap.identity;

import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;

/** An account as other modules and views may see it (never the password). */
public record AccountSummary(
        AccountId id,
        String username,
        String displayName,
        Role role,
        MunicipalityId municipality,
        String organisation) {}
