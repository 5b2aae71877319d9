package no.samskap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samskap.identity.internal.AccountRepository;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import no.samskap.support.SamskapTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@SamskapTest
class AccountServiceTest {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    PasswordEncoder encoder;

    private static Registration resident(String username, String password) {
        return new Registration(
                username, "Per Hansen", username.toLowerCase() + "@example.org", BAERUM, Role.RESIDENT, null, password);
    }

    @Test
    void aResidentRegistersAndThePasswordIsHashed() {
        AccountSummary a = accounts.register(resident("Per.Hansen", "grønn solrik fjord"), "10.1.1.1");
        assertThat(a.username()).isEqualTo("per.hansen");
        assertThat(a.role()).isEqualTo(Role.RESIDENT);
        String hash = repository
                .findByUsername("per.hansen")
                .orElseThrow()
                .toPrincipal()
                .passwordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("grønn");
        assertThat(encoder.matches("grønn solrik fjord", hash)).isTrue();
    }

    @Test
    void aBusinessNeedsItsOrganisationName() {
        Registration noOrg =
                new Registration("kafe", "Kafé", "kafe@example.org", BAERUM, Role.BUSINESS, " ", "varm kaffe hver dag");
        assertRefused(noOrg, "organisation", "error.field.required");
        AccountSummary ok = accounts.register(
                new Registration(
                        "kafe",
                        "Kafé",
                        "kafe@example.org",
                        BAERUM,
                        Role.BUSINESS,
                        "Kafé Fjord AS",
                        "varm kaffe hver dag"),
                "10.1.1.2");
        assertThat(ok.organisation()).isEqualTo("Kafé Fjord AS");
    }

    @Test
    void refusesWeakOrMalformedInput() {
        assertRefused(resident("ab", "kort"), "password", "error.password.too-short");
        assertRefused(resident("olga", "password123"), "password", "error.password.weak");
        assertRefused(resident("olga", "olga-olga-olga"), "password", "error.password.contains-name");
        assertRefused(resident("olga", "Dragon2026!"), "password", "error.password.weak");
        assertRefused(resident("olga", "sommer2026"), "password", "error.password.weak");
        assertRefused(resident("olga", "aaaaaaaaaaaa"), "password", "error.password.weak");
        assertRefused(resident("o", "lang nok setning"), "username", "error.username.format");
        assertRefused(resident("<script>", "lang nok setning"), "username", "error.username.format");
        assertRefused(resident("kari", "lang nok setning"), "username", "error.username.taken");
        assertRefused(resident("KARI", "lang nok setning"), "username", "error.username.taken");
        assertRefused(
                new Registration("olga", "Olga", "not-an-email", BAERUM, Role.RESIDENT, null, "lang nok setning"),
                "email",
                "error.email.format");
        assertRefused(
                new Registration(
                        "olga",
                        "Olga",
                        "o@example.org",
                        MunicipalityId.of("oslo"),
                        Role.RESIDENT,
                        null,
                        "lang nok setning"),
                "municipality",
                "error.municipality.required");
        assertThat(accounts.findByUsername("olga")).isEmpty();
    }

    @Test
    void nobodyRegistersThemselvesAsOfficialOrAdmin() {
        for (Role role : new Role[] {Role.OFFICIAL, Role.ADMIN, Role.FACILITATOR}) {
            assertRefused(
                    new Registration("sjef", "Sjef", "s@example.org", BAERUM, role, null, "lang nok setning"),
                    "role",
                    "error.role.not-allowed");
        }
    }

    @Test
    void massRegistrationFromOneAddressIsThrottled() {
        for (int i = 0; i < 10; i++) {
            accounts.register(resident("bot" + i, "lang nok setning " + i), "10.9.9.9");
        }
        assertThatThrownBy(() -> accounts.register(resident("bot10", "lang nok setning 10"), "10.9.9.9"))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.rate-limited"));
        // Another address is not held back by the bot's.
        AccountSummary human = accounts.register(resident("human", "lang nok setning x"), "10.9.9.10");
        assertThat(accounts.findByUsername("human")).contains(human);
        assertThat(accounts.findByUsername("bot10")).isEmpty();
    }

    private void assertRefused(Registration r, String field, String key) {
        assertThatThrownBy(() -> accounts.register(r, "10.0.0.1"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.field()).isEqualTo(field);
                });
    }
}
