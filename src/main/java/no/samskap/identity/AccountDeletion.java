package no.samskap.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import no.samskap.identity.internal.Account;
import no.samskap.identity.internal.AccountRepository;
import no.samskap.protection.Limit;
import no.samskap.protection.SecurityLog;
import no.samskap.shared.Erasure;
import no.samskap.shared.PersonalData;
import no.samskap.shared.UserFacingException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Delete my account": anonymises the account and has every module remove or anonymise what it
 * holds about the person, all in one transaction. Votes keep counting; what the person wrote stays
 * as by "deleted user", or goes where they chose so and nobody else has responded; the audit log
 * keeps a pseudonym.
 */
@Service
public class AccountDeletion {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final ObjectProvider<PersonalData> modules;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final SecurityLog securityLog;
    private final Clock clock;

    AccountDeletion(
            AccountRepository accounts,
            ObjectProvider<PersonalData> modules,
            PasswordEncoder passwordEncoder,
            CurrentUser currentUser,
            SecurityLog securityLog,
            Clock clock) {
        this.accounts = accounts;
        this.modules = modules;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.securityLog = securityLog;
        this.clock = clock;
    }

    /**
     * Deletes the signed-in person's account after checking their password. Officials' and
     * administrators' accounts belong to the municipality's records and are closed by an administrator.
     *
     * @param removeContent also remove their proposals and comments that nobody else has responded to
     * @return the pseudonym the audit log now shows
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String deleteSignedInAccount(String password, boolean removeContent) {
        // A few tries an hour, so the password cannot be guessed here.
        SignedInUser user = currentUser.requireAllowanceCheckingBlockItself(Limit.PASSWORD_CHANGE);
        Account account = accounts.findById(user.id().value())
                .filter(a -> !a.isDeleted())
                .orElseThrow(() -> new UserFacingException("error.account.not-found"));
        if (account.role() == Role.OFFICIAL || account.role() == Role.ADMIN) {
            throw new UserFacingException("error.account.delete-official");
        }
        // An account made through ID-porten has no password; its session is the proof.
        if (account.hasPassword() && !account.passwordMatches(password, passwordEncoder)) {
            throw UserFacingException.forField("deletePassword", "error.password.current-wrong");
        }
        String pseudonym = Erasure.PSEUDONYM_PREFIX + HexFormat.of().toHexDigits(RANDOM.nextInt());
        Erasure erasure = new Erasure(user.id(), pseudonym, removeContent);
        List<PersonalData> all = modules.orderedStream().toList();
        for (PersonalData module : all) {
            module.erase(erasure);
        }
        account.anonymise(pseudonym, clock.instant());
        securityLog.record(SecurityLog.Event.ACCOUNT_DELETED, user.id().value().toString(), "pseudonym", pseudonym);
        return pseudonym;
    }
}
