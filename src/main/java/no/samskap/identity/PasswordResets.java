package no.samskap.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import no.samskap.identity.internal.Account;
import no.samskap.identity.internal.AccountRepository;
import no.samskap.identity.internal.MailDue;
import no.samskap.identity.internal.PasswordPolicy;
import no.samskap.identity.internal.PasswordReset;
import no.samskap.identity.internal.PasswordResetRepository;
import no.samskap.protection.ClientAddress;
import no.samskap.protection.Limit;
import no.samskap.protection.RateLimits;
import no.samskap.protection.SecurityLog;
import no.samskap.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Forgot password?": single-use reset links by mail, and setting a new password from one. */
@Service
public class PasswordResets {

    private final AccountRepository accounts;
    private final PasswordResetRepository resets;
    private final PasswordEncoder passwordEncoder;
    private final IdentitySettings settings;
    private final RateLimits limits;
    private final SecurityLog securityLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordResets(
            AccountRepository accounts,
            PasswordResetRepository resets,
            PasswordEncoder passwordEncoder,
            IdentitySettings settings,
            RateLimits limits,
            SecurityLog securityLog,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.resets = resets;
        this.passwordEncoder = passwordEncoder;
        this.settings = settings;
        this.limits = limits;
        this.securityLog = securityLog;
        this.events = events;
        this.clock = clock;
    }

    /**
     * "Forgot password?": mails a single-use reset link to the account with this username or
     * address, if there is one. The answer is the same either way, so nobody learns who has an
     * account; requests are limited per client address, and mails per account.
     */
    @Transactional
    public void requestPasswordReset(String usernameOrEmail, String clientAddress) {
        String given = usernameOrEmail == null ? "" : usernameOrEmail.strip();
        if (given.isEmpty()) {
            throw UserFacingException.forField("who", "error.field.required");
        }
        if (given.length() > 254) {
            throw UserFacingException.forField("who", "error.field.too-long", 254);
        }
        limits.consume(Limit.PASSWORD_RESET_ADDRESS, ClientAddress.limitKey(clientAddress));
        Optional<Account> account =
                given.contains("@") ? accounts.findByEmailKey(Account.emailKey(given)) : findAccount(given);
        if (account.isEmpty()) {
            securityLog.recordFrom(SecurityLog.Event.PASSWORD_RESET_REQUESTED, null, clientAddress, "known", false);
            return;
        }
        UUID id = account.get().id();
        if (limits.waitFor(Limit.PASSWORD_RESET_MAIL, "account:" + id).isPresent()) {
            // Enough mails for this inbox this hour; the person already has a working link.
            securityLog.recordFrom(
                    SecurityLog.Event.PASSWORD_RESET_REQUESTED, id.toString(), clientAddress, "mail", "limited");
            return;
        }
        limits.consume(Limit.PASSWORD_RESET_MAIL, "account:" + id);
        events.publishEvent(new MailDue.PasswordReset(id));
        securityLog.recordFrom(
                SecurityLog.Event.PASSWORD_RESET_REQUESTED, id.toString(), clientAddress, "mail", "sent");
    }

    /** Sets a new password from a reset link, which then stops working (as do the account's other links). */
    @Transactional
    public void resetPassword(String token, String newPassword, String repeated) {
        Optional<String> problem = resetLinkProblem(token);
        if (problem.isPresent()) {
            throw new UserFacingException(problem.get());
        }
        PasswordReset reset = resets.findById(PasswordReset.hash(token)).orElseThrow();
        Account account =
                accounts.findById(reset.accountId()).orElseThrow(() -> new UserFacingException("error.reset.invalid"));
        PasswordPolicy.check(newPassword, account.username(), account.displayName(), settings.minPasswordLength());
        if (!newPassword.equals(repeated)) {
            throw UserFacingException.forField("repeat", "error.password.mismatch");
        }
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        resets.useAll(account.id(), clock.instant());
        securityLog.record(SecurityLog.Event.PASSWORD_RESET, account.id().toString());
    }

    /** Why a password reset link cannot be used (a message key), or empty if it can: said before anyone types. */
    @Transactional(readOnly = true)
    public Optional<String> resetLinkProblem(String token) {
        PasswordReset reset = token == null || token.isBlank() || token.length() > 200
                ? null
                : resets.findById(PasswordReset.hash(token)).orElse(null);
        if (reset == null) {
            return Optional.of("error.reset.invalid");
        }
        if (reset.used()) {
            return Optional.of("error.reset.used");
        }
        return reset.expired(clock.instant()) ? Optional.of("error.reset.expired") : Optional.empty();
    }

    private Optional<Account> findAccount(String username) {
        try {
            return accounts.findByUsername(Account.normaliseUsername(username));
        } catch (UserFacingException malformed) {
            return Optional.empty();
        }
    }
}
