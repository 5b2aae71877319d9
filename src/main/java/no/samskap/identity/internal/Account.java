package no.samskap.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import no.samskap.identity.AccountSummary;
import no.samskap.identity.Assurance;
import no.samskap.identity.Role;
import no.samskap.identity.SignedInUser;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An account; guards its own field rules so no caller can store a malformed one. */
@Entity
@Table(name = "account")
public class Account {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    // Deliberately loose: one @, something on both sides, a dot in the domain.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    @Id
    private UUID id;

    private String username;
    private String displayName;
    private String email;
    // The address in lower case; unique in the database, so one address belongs to one account.
    private String emailKey;
    private Instant emailVerifiedAt;
    private String preferredLanguage = "nb";
    private String municipalityId;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String organisation;

    @Column(name = "password_hash")
    private String passwordHash;

    private Instant createdAt;
    private boolean blocked;
    // Others see "a visitor" rather than the name where this person is.
    private boolean hidePresence;
    private Instant deletedAt;

    @Version
    private long version;

    protected Account() {}

    public Account(
            String username,
            String displayName,
            String email,
            MunicipalityId municipality,
            Role role,
            String organisation,
            String passwordHash,
            Instant now) {
        this.id = UUID.randomUUID();
        this.username = normaliseUsername(username);
        this.displayName = required("displayName", displayName, 80);
        this.email = checkEmail(email);
        this.emailKey = emailKey(this.email);
        if (role != Role.ADMIN && municipality == null) {
            throw UserFacingException.forField("municipality", "error.municipality.required");
        }
        this.municipalityId = municipality == null ? null : municipality.value();
        this.role = role;
        if (role == Role.BUSINESS) {
            this.organisation = required("organisation", organisation, 120);
        } else {
            this.organisation =
                    organisation == null || organisation.isBlank() ? null : required("organisation", organisation, 120);
        }
        this.passwordHash = passwordHash;
        this.createdAt = now;
    }

    /**
     * An account made at a first sign-in through an identity provider: no password (it signs in only
     * there) and, until the person gives one, no mail address.
     */
    public static Account fromIdentityProvider(
            String username, String displayName, MunicipalityId municipality, Role role, Instant now) {
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.username = normaliseUsername(username);
        account.displayName = required("displayName", displayName, 80);
        account.email = "";
        account.emailKey = null;
        if (role != Role.ADMIN && municipality == null) {
            throw UserFacingException.forField("municipality", "error.municipality.required");
        }
        account.municipalityId = municipality == null ? null : municipality.value();
        account.role = role;
        account.passwordHash = "";
        account.createdAt = now;
        return account;
    }

    /** Whether the account can sign in with a password (not one made through an identity provider). */
    public boolean hasPassword() {
        return passwordHash != null && !passwordHash.isEmpty();
    }

    /** An officials' provider says what the person is now; the account follows it at each sign-in. */
    public void assignRole(Role newRole, MunicipalityId municipality) {
        this.role = newRole;
        this.municipalityId = municipality == null ? null : municipality.value();
    }

    /** Usernames are compared case-insensitively, so they are stored in lower case. */
    public static String normaliseUsername(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (u.isEmpty()) {
            throw UserFacingException.forField("username", "error.field.required");
        }
        if (!USERNAME.matcher(u).matches()) {
            throw UserFacingException.forField("username", "error.username.format");
        }
        return u;
    }

    /** How an address is compared: without surrounding space, in lower case. */
    public static String emailKey(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The address mail goes to, checked as at registration. */
    public static String checkEmail(String email) {
        String e = required("email", email, 254);
        if (!EMAIL.matcher(e).matches()) {
            throw UserFacingException.forField("email", "error.email.format");
        }
        return e;
    }

    private static String required(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw UserFacingException.forField(field, "error.field.required");
        }
        if (v.length() > max) {
            throw UserFacingException.forField(field, "error.field.too-long", max);
        }
        return v;
    }

    public String username() {
        return username;
    }

    public boolean isBlocked() {
        return blocked;
    }

    /** Whether the given password is this account's, checked against its hash. */
    public boolean passwordMatches(String password, PasswordEncoder encoder) {
        return password != null
                && passwordHash != null
                && !passwordHash.isEmpty()
                && encoder.matches(password, passwordHash);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public String displayName() {
        return displayName;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    /** Corrects the name others see, under the same rules as at registration. */
    public void rename(String name) {
        this.displayName = required("displayName", name, 80);
    }

    /** Whether the current address was confirmed from a link sent to it. */
    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    /** Confirms the address, if the link was sent to the one the account has now; true if it was. */
    public boolean verifyEmail(String address, Instant now) {
        if (!emailKey(address).equals(emailKey(email))) {
            return false;
        }
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
        return true;
    }

    /** A new address is unconfirmed until its own link is followed. */
    public void changeEmail(String address) {
        this.email = checkEmail(address);
        this.emailKey = emailKey(this.email);
        this.emailVerifiedAt = null;
    }

    /** The language mail is written in: nb, nn or en. */
    public String preferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String language) {
        this.preferredLanguage = switch (language == null ? "" : language) {
            case "nn", "en" -> language;
            default -> "nb";
        };
    }

    /**
     * Takes everything that identifies the person off the account: it stays only so that their votes
     * keep counting and references hold. It can never sign in or write again.
     */
    public void anonymise(String pseudonym, Instant now) {
        this.username = pseudonym;
        this.displayName = "";
        this.email = "";
        this.emailKey = null;
        this.emailVerifiedAt = null;
        this.organisation = null;
        this.passwordHash = "";
        this.hidePresence = true;
        this.blocked = true;
        this.deletedAt = now;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Role role() {
        return role;
    }

    public boolean hidesPresence() {
        return hidePresence;
    }

    public void setHidePresence(boolean hidden) {
        this.hidePresence = hidden;
    }

    public void setBlocked(boolean value) {
        this.blocked = value;
    }

    public SignedInUser toPrincipal() {
        return new SignedInUser(
                new AccountId(id),
                username,
                displayName,
                role,
                municipalityId == null ? null : MunicipalityId.of(municipalityId),
                organisation,
                blocked,
                passwordHash,
                hidePresence,
                Assurance.PASSWORD);
    }

    public AccountSummary toSummary() {
        return new AccountSummary(
                new AccountId(id),
                username,
                displayName,
                role,
                municipalityId == null ? null : MunicipalityId.of(municipalityId),
                organisation);
    }
}
