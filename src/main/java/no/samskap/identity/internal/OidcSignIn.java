package no.samskap.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.samskap.identity.Assurance;
import no.samskap.identity.OidcSettings;
import no.samskap.identity.OidcSettings.Provider;
import no.samskap.identity.Role;
import no.samskap.identity.SignedInUser;
import no.samskap.municipality.MunicipalityService;
import no.samskap.protection.SecurityLog;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.StoredKeys;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a person signed in at an OpenID Connect provider into a Samskap account: the same person
 * (by a keyed hash of the provider's person identifier, never the identifier itself) always finds the
 * same account; a person signed in with a password links the identity to that account; anyone else
 * gets a new account. The {@code acr} must reach the provider's minimum.
 */
@Component
public class OidcSignIn {

    /** Why a sign-in through a provider was refused; the login page explains each. */
    public enum Refusal {
        ASSURANCE_TOO_LOW,
        IDENTITY_IN_USE,
        NO_ROLE,
        BLOCKED
    }

    private static final String KEY_NAME = "oidc-subjects";

    // ID-porten's values (docs.digdir.no), for a configuration that names none.
    private static final Map<String, Assurance> ID_PORTEN_LEVELS = Map.of(
            "idporten-loa-substantial", Assurance.SUBSTANTIAL,
            "idporten-loa-high", Assurance.HIGH,
            "Level3", Assurance.SUBSTANTIAL,
            "Level4", Assurance.HIGH);

    private final OidcSettings settings;
    private final OidcProviders providers;
    private final AccountRepository accounts;
    private final JdbcTemplate jdbc;
    private final MunicipalityService municipalities;
    private final SecurityLog log;
    private final Clock clock;
    private volatile byte[] key;

    OidcSignIn(
            OidcSettings settings,
            OidcProviders providers,
            AccountRepository accounts,
            JdbcTemplate jdbc,
            MunicipalityService municipalities,
            SecurityLog log,
            Clock clock) {
        this.settings = settings;
        this.providers = providers;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.log = log;
        this.clock = clock;
    }

    /** The level an {@code acr} value counts as; none (a password's level) if unknown. */
    public Assurance level(String acr) {
        if (acr == null) {
            return Assurance.PASSWORD;
        }
        Map<String, Assurance> levels = settings.acrLevels().isEmpty() ? ID_PORTEN_LEVELS : settings.acrLevels();
        Assurance configured = levels.get(acr);
        return configured == null ? Assurance.PASSWORD : configured;
    }

    /**
     * The account for this person, found, linked to {@code signedIn} or made now.
     *
     * @param signedIn who is signed in with a password in this session, if anyone: a new identity is
     *     linked to them
     * @param chosen the municipality the person was looking at, for a new resident's account
     */
    @Transactional
    public SignedInUser signIn(
            String registrationId, OidcUser person, Optional<SignedInUser> signedIn, MunicipalityId chosen) {
        Provider provider = providers.providers().get(registrationId);
        if (provider == null) {
            throw refuse(Refusal.NO_ROLE, "unknown provider");
        }
        String acr = person.getClaimAsString("acr");
        Assurance level = level(acr);
        if (!level.atLeast(provider.minimumAssurance())) {
            throw refuse(Refusal.ASSURANCE_TOO_LOW, "acr " + acr + " is below " + provider.minimumAssurance());
        }
        String identifier = person.getClaimAsString(provider.identifierClaim());
        String hash =
                hash(registrationId, identifier == null || identifier.isBlank() ? person.getSubject() : identifier);
        Role role = provider.kind() == OidcSettings.Kind.OFFICIALS ? role(provider, person) : Role.RESIDENT;

        Optional<UUID> linked = jdbc
                .queryForList(
                        "select account_id from account_identity where provider = ? and subject_hash = ?",
                        UUID.class,
                        registrationId,
                        hash)
                .stream()
                .findFirst();
        Account account;
        if (linked.isPresent()) {
            if (signedIn.isPresent() && !signedIn.get().id().value().equals(linked.get())) {
                throw refuse(Refusal.IDENTITY_IN_USE, "identity linked to another account");
            }
            account = accounts.findById(linked.get()).orElseThrow();
        } else if (signedIn.isPresent()) {
            account = accounts.findById(signedIn.get().id().value())
                    .filter(a -> !a.isDeleted())
                    .orElseThrow(() -> refuse(Refusal.BLOCKED, "account gone"));
            link(registrationId, hash, account, acr);
            log.record(SecurityLog.Event.IDENTITY_LINKED, account.id().toString(), "provider", registrationId);
        } else {
            account = create(provider, person, role, chosen, hash);
            link(registrationId, hash, account, acr);
        }
        if (provider.kind() == OidcSettings.Kind.OFFICIALS) {
            // The provider is the authority on what an official is: the account follows it.
            account.assignRole(role, MunicipalityId.of(provider.municipality()));
        }
        if (account.isBlocked()) {
            throw refuse(Refusal.BLOCKED, "blocked");
        }
        jdbc.update(
                "update account_identity set last_acr = ? where provider = ? and subject_hash = ?",
                acr,
                registrationId,
                hash);
        return account.toPrincipal().withoutPassword().withAssurance(level);
    }

    private Account create(Provider provider, OidcUser person, Role role, MunicipalityId chosen, String hash) {
        MunicipalityId municipality = provider.kind() == OidcSettings.Kind.OFFICIALS
                ? MunicipalityId.of(provider.municipality())
                : chosen != null && municipalities.find(chosen).isPresent() ? chosen : municipalities.defaultId();
        String name = person.getClaimAsString(provider.nameClaim());
        if (name == null || name.isBlank()) {
            // ID-porten gives no name: a neutral one the person corrects under "My data".
            name = "Innbygger " + hash.substring(0, 4).toUpperCase(java.util.Locale.ROOT);
        }
        String username = "id-" + hash.substring(0, 12);
        for (int i = 13; accounts.existsByUsername(username) && i < hash.length(); i++) {
            username = "id-" + hash.substring(0, i);
        }
        Account account = Account.fromIdentityProvider(
                username,
                name.strip().length() > 80 ? name.strip().substring(0, 80) : name,
                municipality,
                role,
                clock.instant());
        // Mail in the language the browser asked for, until the person picks one in the app.
        account.setPreferredLanguage(LocaleContextHolder.getLocale().getLanguage());
        // Flushed now: the identity row below refers to it through plain SQL.
        accounts.saveAndFlush(account);
        log.record(SecurityLog.Event.REGISTRATION, account.id().toString(), "provider", "oidc", "role", role);
        return account;
    }

    private void link(String registrationId, String hash, Account account, String acr) {
        jdbc.update(
                "insert into account_identity (provider, subject_hash, account_id, linked_at, last_acr) values (?, ?, ?, ?, ?)",
                registrationId,
                hash,
                account.id(),
                java.sql.Timestamp.from(clock.instant()),
                acr);
    }

    /** The highest role the person's claim maps to; refused when none does. */
    private static Role role(Provider provider, OidcUser person) {
        Object claim = person.getClaims().get(provider.roleClaim());
        Collection<?> values = claim instanceof Collection<?> c ? c : claim == null ? List.of() : List.of(claim);
        Role best = null;
        for (Object value : values) {
            Role mapped = provider.roles().get(String.valueOf(value));
            if (mapped != null && (best == null || mapped.ordinal() > best.ordinal())) {
                best = mapped;
            }
        }
        if (best == null) {
            throw refuse(Refusal.NO_ROLE, "no mapped role in claim " + provider.roleClaim());
        }
        return best;
    }

    /** Which providers a signed-in account has linked, by registration id. */
    public List<String> linkedProviders(UUID account) {
        return jdbc.queryForList(
                "select provider from account_identity where account_id = ? order by linked_at", String.class, account);
    }

    static OAuth2AuthenticationException refuse(Refusal refusal, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(refusal.name(), description, null), description);
    }

    /** HMAC-SHA256 of the provider and the person's identifier, in hex. */
    String hash(String registrationId, String identifier) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of()
                    .formatHex(mac.doFinal((registrationId + "\n" + identifier).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = settings.subjectKey().isBlank()
                    ? StoredKeys.loadOrCreate(jdbc, clock, KEY_NAME)
                    : settings.subjectKey().getBytes(StandardCharsets.UTF_8);
            key = k;
        }
        return k;
    }
}
