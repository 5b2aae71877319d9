package no.samskap.identity;

import no.samskap.shared.MunicipalityId;

/** What a person fills in to create an account. */
public record Registration(
        String username,
        String displayName,
        String email,
        MunicipalityId municipality,
        Role role,
        String organisation,
        String password) {}
