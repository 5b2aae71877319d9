package no.samskap.identity;

/** What an account may do; the rights themselves are checked in each module's services. */
public enum Role {
    RESIDENT,
    BUSINESS,
    OFFICIAL,
    FACILITATOR,
    ADMIN;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether people may pick this role themselves when they register. */
    public boolean isSelfRegistrable() {
        return this == RESIDENT || this == BUSINESS;
    }
}
