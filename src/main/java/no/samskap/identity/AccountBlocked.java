package no.samskap.identity;

import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;

/** An official blocked an account (it can no longer write, its content is hidden) or unblocked it. */
public record AccountBlocked(
        AccountId account,
        String username,
        MunicipalityId municipality,
        boolean blocked,
        AccountId actor,
        String actorName) {}
