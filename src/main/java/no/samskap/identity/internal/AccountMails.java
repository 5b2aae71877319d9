package no.samskap.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import no.samskap.mail.Mail;
import no.samskap.mail.MailSettings;
import no.samskap.mail.Mailer;
import no.samskap.mail.SignedLinks;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Writes and sends the mail accounts are owed, in each person's own language. */
@Component
public class AccountMails {

    public static final String VERIFY_PURPOSE = "verify-email";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PasswordResetRepository resets;
    private final SignedLinks links;
    private final Mailer mailer;
    private final MailSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    AccountMails(
            AccountRepository accounts,
            PasswordResetRepository resets,
            SignedLinks links,
            Mailer mailer,
            MailSettings settings,
            MessageSource messages,
            Clock clock) {
        this.accounts = accounts;
        this.resets = resets;
        this.links = links;
        this.mailer = mailer;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /** The token's subject: whose address, and which one (a changed address makes the link moot). */
    public static String verificationSubject(Account account) {
        return account.id() + " " + Account.emailKey(account.email());
    }

    @ApplicationModuleListener
    void verification(MailDue.Verification due) {
        Account account = accounts.findById(due.accountId()).orElse(null);
        if (account == null || !Account.emailKey(account.email()).equals(Account.emailKey(due.email()))) {
            return;
        }
        String token = links.sign(VERIFY_PURPOSE, verificationSubject(account), settings.verificationLinkValidity());
        Locale language = Locale.forLanguageTag(account.preferredLanguage());
        String link = settings.link("verify-email?token=" + token);
        mailer.send(new Mail(
                account.email(),
                text("mail.verify.subject", language),
                text(
                        "mail.verify.text",
                        language,
                        account.displayName(),
                        link,
                        settings.verificationLinkValidity().toDays()),
                VERIFY_PURPOSE));
    }

    @ApplicationModuleListener
    void passwordReset(MailDue.PasswordReset due) {
        Account account = accounts.findById(due.accountId()).orElse(null);
        if (account == null) {
            return;
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        // Stored in this listener's own transaction: if the mail cannot be sent, the link never existed.
        resets.save(new PasswordReset(token, account.id(), now, now.plus(settings.resetLinkValidity())));
        Locale language = Locale.forLanguageTag(account.preferredLanguage());
        mailer.send(new Mail(
                account.email(),
                text("mail.reset.subject", language),
                text(
                        "mail.reset.text",
                        language,
                        account.displayName(),
                        settings.link("reset-password?token=" + token),
                        settings.resetLinkValidity().toMinutes(),
                        account.username()),
                "password-reset"));
    }

    private String text(String key, Locale language, Object... args) {
        return messages.getMessage(key, args, language);
    }
}
