package no.samskap.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import no.samskap.support.SamskapTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Signed link tokens against the application's own key in the database. */
@SamskapTest
class SignedLinksTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignedLinks links;

    @Test
    void aTokenIsValidForItsPurposeUntilItExpires() {
        String token = links.sign("unsubscribe", "account-1 digest", Duration.ofDays(30));
        assertThat(links.check("unsubscribe", token))
                .isEqualTo(new SignedLinks.Checked(SignedLinks.Status.VALID, "account-1 digest"));
        assertThat(links.check("verify-email", token).status()).isEqualTo(SignedLinks.Status.INVALID);

        Instant eightDaysAgo = Instant.now().minus(Duration.ofDays(8));
        SignedLinks then = new SignedLinks(jdbc, Clock.fixed(eightDaysAgo, ZoneOffset.UTC));
        String old = then.sign("verify-email", "account-2 a@example.org", Duration.ofDays(7));
        assertThat(links.check("verify-email", old).status()).isEqualTo(SignedLinks.Status.EXPIRED);
        assertThat(then.check("verify-email", old).status()).isEqualTo(SignedLinks.Status.VALID);
    }

    @Test
    void aChangedSubjectOrAnotherKeyIsRefused() {
        String token = links.sign("unsubscribe", "account-1 digest", Duration.ofDays(30));
        String payload = token.substring(0, token.indexOf('.'));
        String forgedPayload = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(
                                java.util.Base64.getUrlDecoder().decode(payload),
                                java.nio.charset.StandardCharsets.UTF_8)
                        .replace("account-1", "account-2")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String forged = forgedPayload + token.substring(token.indexOf('.'));
        assertThat(links.check("unsubscribe", forged).status()).isEqualTo(SignedLinks.Status.INVALID);
        for (String junk : new String[] {null, "", ".", "..", "a.b.c", "%%%.%%%", "x".repeat(3000)}) {
            assertThat(links.check("unsubscribe", junk).status())
                    .as(String.valueOf(junk))
                    .isEqualTo(SignedLinks.Status.INVALID);
        }
        // Every node reads the same key from the database: a second instance accepts the first's tokens.
        assertThat(new SignedLinks(jdbc, Clock.systemUTC())
                        .check("unsubscribe", token)
                        .status())
                .isEqualTo(SignedLinks.Status.VALID);
    }
}
