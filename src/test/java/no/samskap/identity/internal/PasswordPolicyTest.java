package no.samskap.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samskap.shared.UserFacingException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void theShippedListHoldsAtLeastTenThousandCommonPasswords() {
        assertThat(PasswordPolicy.commonCount()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void commonPasswordsAreRefusedAlsoWithDigitsOrSymbolsAdded() {
        for (String weak : new String[] {"qwertyuiop", "Password123", "dragon2026!", "Sommer2026", "passord1234"}) {
            assertRefused(weak, "kari", "Kari Nordmann", "error.password.weak");
        }
    }

    @Test
    void theUsersOwnNameOrUsernameIsRefused() {
        assertRefused("kari-sin-hemmelighet", "kari", "Kari Nordmann", "error.password.contains-name");
        assertRefused("nordmann-og-fjorden", "kn", "Kari Nordmann", "error.password.contains-name");
    }

    @Test
    void aLongUnusualPassphraseIsAccepted() {
        assertThatCode(() -> PasswordPolicy.check("grønn solrik fjord", "kari", "Kari Nordmann", 10))
                .doesNotThrowAnyException();
    }

    private static void assertRefused(String password, String username, String name, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, username, name, 10))
                .as(password)
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.field()).isEqualTo("password");
                });
    }
}
