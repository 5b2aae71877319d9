package no.samskap.moderation;

import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;

/**
 * Content was hidden (after enough reports, or by an official) or restored. The module that
 * owns the content applies it.
 *
 * @param actor the official who decided, or null when reports hid it automatically
 */
public record ContentModerated(
        ContentRef content,
        MunicipalityId municipality,
        boolean hidden,
        String reason,
        AccountId actor,
        String actorName) {}
