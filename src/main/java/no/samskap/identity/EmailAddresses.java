package no.samskap.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import no.samskap.identity.internal.Account;
import no.samskap.identity.internal.AccountMails;
import no.samskap.identity.internal.AccountRepository;
import no.samskap.identity.internal.MailDue;
import no.samskap.mail.SignedLinks;
import no.samskap.protection.Limit;
import no.samskap.protection.RateLimits;
import no.samskap.protection.SecurityLog;
import no.samskap.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's mail address: whether it is confirmed, a new confirmation link, and changing it. */
@Service
public class EmailAddresses {

    private final AccountRepository accounts;
    private final SignedLinks links;
    private final PasswordEncoder passwordEncoder;
    private final RateLimits limits;
    private final SecurityLog securityLog;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    EmailAddresses(
            AccountRepository accounts,
            SignedLinks links,
            PasswordEncoder passwordEncoder,
            RateLimits limits,
            SecurityLog securityLog,
            Clock clock,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.limits = limits;
        this.securityLog = securityLog;
        this.clock = clock;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The signed-in user's address and whether it is confirmed. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AccountEmail email() {
        Account account = signedInAccount();
        return new AccountEmail(account.email(), account.emailVerified());
    }

    /** Sends the signed-in user a new link that confirms their address (a few an hour). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void resendVerification() {
        Account account = signedInAccount();
        if (account.emailVerified()) {
            throw new UserFacingException("error.email.already-verified");
        }
        if (account.email().isEmpty()) {
            throw new UserFacingException("error.email.none");
        }
        limits.consume(Limit.VERIFICATION_MAIL, "account:" + account.id());
        events.publishEvent(new MailDue.Verification(account.id(), account.email()));
    }

    /**
     * Changes the signed-in user's address after checking their password; the new address is
     * unconfirmed until the link sent to it is followed.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeEmail(String newEmail, String currentPassword) {
        Account account = signedInAccount();
        String email = Account.checkEmail(newEmail);
        if (account.hasPassword() && !account.passwordMatches(currentPassword, passwordEncoder)) {
            throw UserFacingException.forField("emailPassword", "error.password.current-wrong");
        }
        if (Account.emailKey(email).equals(Account.emailKey(account.email()))) {
            throw UserFacingException.forField("email", "error.email.unchanged");
        }
        if (accounts.existsByEmailKey(Account.emailKey(email))) {
            throw UserFacingException.forField("email", "error.email.taken");
        }
        limits.consume(Limit.VERIFICATION_MAIL, "account:" + account.id());
        account.changeEmail(email);
        events.publishEvent(new MailDue.Verification(account.id(), account.email()));
        securityLog.record(SecurityLog.Event.EMAIL_CHANGED, account.id().toString());
    }

    /** Follows a link that confirms an address; says what became of it. */
    @Transactional
    public EmailVerification verifyEmail(String token) {
        SignedLinks.Checked checked = links.check(AccountMails.VERIFY_PURPOSE, token);
        switch (checked.status()) {
            case EXPIRED -> {
                return EmailVerification.EXPIRED;
            }
            case INVALID -> {
                return EmailVerification.INVALID;
            }
            case VALID -> {
                // Subject: "<account id> <address>", as AccountMails signed it.
            }
        }
        String[] subject = checked.subject().split(" ", 2);
        Optional<Account> found;
        try {
            found = accounts.findById(UUID.fromString(subject[0]));
        } catch (IllegalArgumentException malformed) {
            return EmailVerification.INVALID;
        }
        if (found.isEmpty() || subject.length < 2) {
            return EmailVerification.INVALID;
        }
        Account account = found.get();
        boolean already = account.emailVerified();
        if (!account.verifyEmail(subject[1], clock.instant())) {
            return EmailVerification.ADDRESS_CHANGED;
        }
        if (!already) {
            securityLog.record(SecurityLog.Event.EMAIL_VERIFIED, account.id().toString());
        }
        return already ? EmailVerification.ALREADY_VERIFIED : EmailVerification.VERIFIED;
    }

    private Account signedInAccount() {
        SignedInUser user = currentUser.require();
        // A deleted account's other sessions can read until they end, and change nothing.
        return accounts.findById(user.id().value())
                .filter(a -> !a.isDeleted())
                .orElseThrow(() -> new UserFacingException("error.account.not-found"));
    }
}
