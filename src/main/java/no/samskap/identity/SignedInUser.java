package no.samskap.identity;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import no.samskap.shared.AccountId;
import no.samskap.shared.AuditableAction;
import no.samskap.shared.MunicipalityId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in account. Kept in the HTTP session, so it carries only
 * what does not change often; services re-read the account when it matters.
 */
public record SignedInUser(
        AccountId id,
        String username,
        String displayName,
        Role role,
        MunicipalityId municipality,
        String organisation,
        boolean blocked,
        String passwordHash,
        boolean hidePresence,
        Assurance assurance)
        implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public SignedInUser {
        // A principal from before assurance levels, or from password sign-in, counts as a password.
        assurance = assurance == null ? Assurance.PASSWORD : assurance;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !blocked;
    }

    /** This user's role-sensitive action as the audit log records it. */
    public AuditableAction did(
            Instant at, MunicipalityId municipality, String action, String targetType, String targetId, String detail) {
        return new AuditableAction(at, municipality, id, displayName, action, targetType, targetId, detail);
    }

    /** Whether this user runs the municipality's business: its officials, and administrators. */
    public boolean isOfficialOf(MunicipalityId other) {
        return (role == Role.OFFICIAL || role == Role.ADMIN) && belongsTo(other);
    }

    /** Whether this user acts for the given municipality (admins act for all). */
    public boolean belongsTo(MunicipalityId other) {
        return role == Role.ADMIN || (municipality != null && municipality.equals(other));
    }

    public SignedInUser withDisplayName(String name) {
        return new SignedInUser(
                id, username, name, role, municipality, organisation, blocked, passwordHash, hidePresence, assurance);
    }

    /** A copy that others see by name where this person is, or as "a visitor". */
    public SignedInUser withHiddenPresence(boolean hidden) {
        return new SignedInUser(
                id, username, displayName, role, municipality, organisation, blocked, passwordHash, hidden, assurance);
    }

    /** A copy without the password hash, for keeping after authentication. */
    public SignedInUser withoutPassword() {
        return new SignedInUser(
                id, username, displayName, role, municipality, organisation, blocked, "", hidePresence, assurance);
    }

    /** A copy signed in at this level of assurance (through ID-porten, say). */
    public SignedInUser withAssurance(Assurance level) {
        return new SignedInUser(
                id,
                username,
                displayName,
                role,
                municipality,
                organisation,
                blocked,
                passwordHash,
                hidePresence,
                level);
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + "]";
    }
}
