package no.samskap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samskap.identity.internal.AccountRepository;
import no.samskap.identity.internal.PasswordReset;
import no.samskap.identity.internal.PasswordResetRepository;
import no.samskap.mail.CaughtMail;
import no.samskap.mail.MailInbox;
import no.samskap.protection.RateLimitedException;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Confirming an address and resetting a password, through the demo's mail catcher (a real SMTP
 * server on loopback): the mails themselves are read, and their links followed.
 */
@SamskapTest
class MailFlowsTest {

    private static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    private static final Pattern LINK = Pattern.compile("http://\\S+\\?token=(\\S+)");
    private static final String PASSWORD = "grønne tak i byen";

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    PasswordResetRepository resetLinks;

    @Autowired
    PasswordResets resets;

    @Autowired
    EmailAddresses emails;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    MailInbox inbox;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private AccountSummary register(String username, Locale language) {
        return accounts.register(
                new Registration(
                        username, "Ida " + username, username + "@Example.org", BAERUM, Role.RESIDENT, null, PASSWORD),
                "10.77.0." + Math.floorMod(username.hashCode(), 250),
                language);
    }

    /** Waits for the mail to this address whose subject starts so, and gives its link's token. */
    private CaughtMail mailTo(String address, String subject) {
        return Awaitility.await("mail '" + subject + "' to " + address)
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> inbox.messages().stream()
                                .filter(m ->
                                        m.to().contains(address) && m.subject().startsWith(subject))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static String token(CaughtMail mail) {
        Matcher m = LINK.matcher(mail.text());
        assertThat(m.find()).as("a link in: %s", mail.text()).isTrue();
        return m.group(1);
    }

    @Test
    void registeringMailsALinkInTheRegistrantsLanguageThatConfirmsTheAddress() {
        register("ingrid.nn", Locale.forLanguageTag("nn"));
        CaughtMail mail = mailTo("ingrid.nn@Example.org", "Stadfest e-postadressa di");
        assertThat(mail.text())
                .contains("Hei Ida ingrid.nn,")
                .contains("7 dagar")
                .contains("/verify-email?token=");
        assertThat(repository.findByUsername("ingrid.nn").orElseThrow().emailVerified())
                .isFalse();

        assertThat(emails.verifyEmail(token(mail))).isEqualTo(EmailVerification.VERIFIED);
        assertThat(repository.findByUsername("ingrid.nn").orElseThrow().emailVerified())
                .isTrue();
        assertThat(emails.verifyEmail(token(mail))).isEqualTo(EmailVerification.ALREADY_VERIFIED);
    }

    @Test
    void aForgedOrMangledLinkConfirmsNothing() {
        register("forged.link", Locale.ENGLISH);
        String token = token(mailTo("forged.link@Example.org", "Confirm your email address"));
        String otherAccount = token.replace(token.charAt(3), token.charAt(3) == 'A' ? 'B' : 'A');
        assertThat(emails.verifyEmail(otherAccount)).isEqualTo(EmailVerification.INVALID);
        assertThat(emails.verifyEmail(token.substring(0, token.length() - 2))).isEqualTo(EmailVerification.INVALID);
        assertThat(emails.verifyEmail("")).isEqualTo(EmailVerification.INVALID);
        assertThat(emails.verifyEmail(null)).isEqualTo(EmailVerification.INVALID);
        assertThat(emails.verifyEmail("a.b.c")).isEqualTo(EmailVerification.INVALID);
        assertThat(repository.findByUsername("forged.link").orElseThrow().emailVerified())
                .isFalse();
    }

    @Test
    void anAddressAlreadyInUseIsRefusedInAnyCase() {
        assertThatThrownBy(() -> accounts.register(
                        new Registration("kari2", "Kari To", "KARI@example.org", BAERUM, Role.RESIDENT, null, PASSWORD),
                        "10.77.1.1",
                        Locale.ENGLISH))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey(), e -> ((UserFacingException) e).field())
                .containsExactly("error.email.taken", "email");
        assertThat(accounts.findByUsername("kari2")).isEmpty();

        register("bytter", Locale.ENGLISH);
        signIn.as("bytter");
        assertThatThrownBy(() -> emails.changeEmail(" Ola@Example.org ", PASSWORD))
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("error.email.taken");
        assertThatThrownBy(() -> emails.changeEmail("bytter.ny@example.org", "not my password"))
                .extracting(e -> ((UserFacingException) e).field())
                .isEqualTo("emailPassword");
        assertThat(emails.email().address()).isEqualTo("bytter@Example.org");
    }

    @Test
    void aChangedAddressNeedsItsOwnConfirmationAndTheOldLinkNoLongerCounts() {
        register("flytter", Locale.ENGLISH);
        String oldLink = token(mailTo("flytter@Example.org", "Confirm your email address"));
        signIn.as("flytter");
        emails.changeEmail("flytter.ny@example.org", PASSWORD);
        assertThat(emails.email()).isEqualTo(new AccountEmail("flytter.ny@example.org", false));

        assertThat(emails.verifyEmail(oldLink)).isEqualTo(EmailVerification.ADDRESS_CHANGED);
        String newLink = token(mailTo("flytter.ny@example.org", "Confirm your email address"));
        assertThat(emails.verifyEmail(newLink)).isEqualTo(EmailVerification.VERIFIED);
        assertThat(emails.email().verified()).isTrue();
        assertThatThrownBy(() -> emails.resendVerification())
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("error.email.already-verified");
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndOnlyOnce() {
        register("glemsk", Locale.ENGLISH);
        resets.requestPasswordReset("GLEMSK@example.org", "10.77.2.1");
        CaughtMail mail = mailTo("glemsk@Example.org", "Choose a new password");
        assertThat(mail.text()).contains("the account glemsk").contains("60 minutes");
        String token = token(mail);

        // A refused password leaves the link usable, so the person can try again.
        assertThatThrownBy(() -> resets.resetPassword(token, "password123", "password123"))
                .extracting(e -> ((UserFacingException) e).field())
                .isEqualTo("password");
        assertThatThrownBy(() -> resets.resetPassword(token, "nytt og langt passord", "nytt og langt"))
                .extracting(e -> ((UserFacingException) e).field())
                .isEqualTo("repeat");
        resets.resetPassword(token, "nytt og langt passord", "nytt og langt passord");
        String hash =
                repository.findByUsername("glemsk").orElseThrow().toPrincipal().passwordHash();
        assertThat(encoder.matches("nytt og langt passord", hash)).isTrue();

        assertThatThrownBy(() -> resets.resetPassword(token, "enda et nytt passord", "enda et nytt passord"))
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("error.reset.used");
        assertThat(encoder.matches(
                        "nytt og langt passord",
                        repository
                                .findByUsername("glemsk")
                                .orElseThrow()
                                .toPrincipal()
                                .passwordHash()))
                .isTrue();
    }

    @Test
    void anExpiredOrUnknownResetLinkIsRefused() {
        AccountSummary account = register("treig", Locale.ENGLISH);
        Instant longAgo = Instant.now().minus(Duration.ofHours(3));
        resetLinks.save(new PasswordReset(
                "expired-token-for-treig", account.id().value(), longAgo, longAgo.plus(Duration.ofHours(1))));
        assertThatThrownBy(() -> resets.resetPassword("expired-token-for-treig", "nytt og langt", "nytt og langt"))
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("error.reset.expired");
        for (String unknown : new String[] {"no-such-token", "", null, "x".repeat(5000)}) {
            assertThatThrownBy(() -> resets.resetPassword(unknown, "nytt og langt", "nytt og langt"))
                    .extracting(e -> ((UserFacingException) e).messageKey())
                    .isEqualTo("error.reset.invalid");
        }
    }

    @Test
    void resetRequestsSayTheSameForEveryoneAndCannotFloodAnInbox() {
        register("innboks", Locale.ENGLISH);
        // Unknown people get the same quiet answer as known ones.
        resets.requestPasswordReset("nobody-has-this-name", "10.77.3.1");
        resets.requestPasswordReset("nobody@nowhere.example", "10.77.3.1");
        for (int i = 0; i < 5; i++) {
            resets.requestPasswordReset("innboks", "10.77.3." + (10 + i));
        }
        Awaitility.await("three reset mails to innboks")
                .atMost(Duration.ofSeconds(20))
                .until(() -> resetMailsTo("innboks@Example.org").size() == 3);
        assertThat(inbox.messages().stream().filter(m -> m.to().contains("nobody@nowhere.example")))
                .isEmpty();

        // One address asking again and again is told to wait, and its text is kept by the view.
        String address = "10.77.4.1";
        for (int i = 0; i < 10; i++) {
            resets.requestPasswordReset("someone-" + i, address);
        }
        assertThatThrownBy(() -> resets.requestPasswordReset("someone-11", address))
                .isInstanceOf(RateLimitedException.class);
        assertThatThrownBy(() -> resets.requestPasswordReset("  ", "10.77.4.2"))
                .extracting(e -> ((UserFacingException) e).field())
                .isEqualTo("who");
    }

    private List<CaughtMail> resetMailsTo(String address) {
        return inbox.messages().stream()
                .filter(m -> m.to().contains(address) && m.subject().startsWith("Choose a new password"))
                .toList();
    }

    @Test
    void mailFollowsTheLanguageTheSignedInPersonChose() {
        register("spraak", Locale.ENGLISH);
        signIn.as("spraak");
        accounts.setPreferredLanguage(Locale.forLanguageTag("nb"));
        emails.changeEmail("spraak.ny@example.org", PASSWORD);
        assertThat(mailTo("spraak.ny@example.org", "Bekreft e-postadressen din").text())
                .contains("Lenken virker i 7 dager");
        assertThat(UUID.fromString(accounts.findByUsername("spraak")
                        .orElseThrow()
                        .id()
                        .value()
                        .toString()))
                .isNotNull();
    }
}
