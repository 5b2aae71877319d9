package no.samskap.voting;

import no.samskap.identity.Role;

/** Who a vote comes from, as tallies split it. */
public enum StakeholderType {
    RESIDENT,
    BUSINESS,
    OFFICIAL;

    /** Municipal staff (officials, facilitators, admins) count as officials. */
    public static StakeholderType of(Role role) {
        return switch (role) {
            case RESIDENT -> RESIDENT;
            case BUSINESS -> BUSINESS;
            case OFFICIAL, FACILITATOR, ADMIN -> OFFICIAL;
        };
    }
}
