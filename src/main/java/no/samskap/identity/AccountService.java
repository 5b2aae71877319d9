package no.samskap.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import no.samskap.identity.internal.Account;
import no.samskap.identity.internal.AccountRepository;
import no.samskap.identity.internal.MailDue;
import no.samskap.identity.internal.PasswordPolicy;
import no.samskap.municipality.MunicipalityService;
import no.samskap.protection.ClientAddress;
import no.samskap.protection.Limit;
import no.samskap.protection.RateLimits;
import no.samskap.protection.SecurityLog;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and reads accounts. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final IdentitySettings settings;
    private final RateLimits limits;
    private final SecurityLog securityLog;
    private final Clock clock;
    private final Predicate<MunicipalityId> municipalityExists;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    AccountService(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            IdentitySettings settings,
            RateLimits limits,
            SecurityLog securityLog,
            Clock clock,
            MunicipalityService municipalities,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.currentUser = currentUser;
        this.events = events;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.settings = settings;
        this.limits = limits;
        this.securityLog = securityLog;
        this.clock = clock;
        this.municipalityExists = id -> municipalities.find(id).isPresent();
    }

    /**
     * Registers a resident or business account. {@code clientAddress} is used only to
     * throttle mass registration from one address.
     */
    @Transactional
    public AccountSummary register(Registration r, String clientAddress) {
        return register(r, clientAddress, Locale.forLanguageTag("nb"));
    }

    /**
     * Registers an account whose mail is written in {@code language} (the one the person registered
     * in), and sends a link that confirms the address.
     */
    @Transactional
    public AccountSummary register(Registration r, String clientAddress, Locale language) {
        if (r.role() == null || !r.role().isSelfRegistrable()) {
            throw UserFacingException.forField("role", "error.role.not-allowed");
        }
        if (r.municipality() == null || !municipalityExists.test(r.municipality())) {
            throw UserFacingException.forField("municipality", "error.municipality.required");
        }
        String username = Account.normaliseUsername(r.username());
        PasswordPolicy.check(r.password(), username, r.displayName(), settings.minPasswordLength());
        if (accounts.existsByUsername(username)) {
            throw UserFacingException.forField("username", "error.username.taken");
        }
        String email = Account.checkEmail(r.email());
        if (accounts.existsByEmailKey(Account.emailKey(email))) {
            throw UserFacingException.forField("email", "error.email.taken");
        }
        limits.consume(Limit.REGISTRATION, ClientAddress.limitKey(clientAddress));
        Account account = new Account(
                username,
                r.displayName(),
                r.email(),
                r.municipality(),
                r.role(),
                r.organisation(),
                passwordEncoder.encode(r.password()),
                clock.instant());
        account.setPreferredLanguage(language == null ? null : language.getLanguage());
        accounts.save(account);
        events.publishEvent(new MailDue.Verification(account.id(), account.email()));
        AccountSummary summary = account.toSummary();
        securityLog.recordFrom(
                SecurityLog.Event.REGISTRATION,
                summary.id().value().toString(),
                clientAddress,
                "role",
                summary.role(),
                "municipality",
                r.municipality().value());
        return summary;
    }

    /**
     * Changes the signed-in user's password after checking the current one. Other sessions of the
     * account stay signed in until they end; the change is in the security log.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword, String repeated) {
        SignedInUser user = currentUser.requireWriter(Limit.PASSWORD_CHANGE);
        Account account = accounts.findById(user.id().value())
                .orElseThrow(() -> new UserFacingException("error.account.not-found"));
        if (!account.passwordMatches(currentPassword, passwordEncoder)) {
            throw UserFacingException.forField("current", "error.password.current-wrong");
        }
        PasswordPolicy.check(newPassword, user.username(), account.displayName(), settings.minPasswordLength());
        if (!newPassword.equals(repeated)) {
            throw UserFacingException.forField("repeat", "error.password.mismatch");
        }
        if (newPassword.equals(currentPassword)) {
            throw UserFacingException.forField("password", "error.password.unchanged");
        }
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        securityLog.record(SecurityLog.Event.PASSWORD_CHANGED, user.id().value().toString());
    }

    /** Whether the signed-in person's account has a password (not one made through ID-porten). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean hasPassword() {
        return signedInAccount().hasPassword();
    }

    /** Remembers the language the signed-in user chose, for the mail they get. */
    @Transactional
    public void setPreferredLanguage(Locale language) {
        currentUser.get().flatMap(u -> accounts.findById(u.id().value())).ifPresent(a -> {
            a.setPreferredLanguage(language == null ? null : language.getLanguage());
        });
    }

    private Optional<Account> findAccount(String username) {
        try {
            return accounts.findByUsername(Account.normaliseUsername(username));
        } catch (UserFacingException malformed) {
            return Optional.empty();
        }
    }

    private Account signedInAccount() {
        SignedInUser user = currentUser.require();
        // A deleted account's other sessions can read until they end, and change nothing.
        return accounts.findById(user.id().value())
                .filter(a -> !a.isDeleted())
                .orElseThrow(() -> new UserFacingException("error.account.not-found"));
    }

    /**
     * Who of these accounts can get mail: those with a confirmed address (an unconfirmed one may be
     * someone else's, typed by mistake or on purpose).
     */
    @Transactional(readOnly = true)
    public Map<AccountId, MailRecipient> mailRecipients(Collection<AccountId> ids) {
        Map<AccountId, MailRecipient> recipients = new HashMap<>();
        if (ids.isEmpty()) {
            return recipients;
        }
        for (Account a : accounts.findAllById(ids.stream().map(AccountId::value).toList())) {
            if (a.emailVerified()) {
                AccountId id = new AccountId(a.id());
                recipients.put(
                        id,
                        new MailRecipient(
                                id, a.email(), Locale.forLanguageTag(a.preferredLanguage()), a.displayName()));
            }
        }
        return recipients;
    }

    /**
     * Corrects the signed-in person's name: on their account, their proposals and comments (through
     * {@link AccountRenamed}) and in their session. Returns the name as stored.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String rename(String displayName) {
        SignedInUser user = currentUser.requireAllowanceCheckingBlockItself(Limit.PASSWORD_CHANGE);
        Account account = signedInAccount();
        account.rename(displayName);
        events.publishEvent(new AccountRenamed(user.id(), account.displayName()));
        securityLog.record(SecurityLog.Event.NAME_CHANGED, user.id().value().toString());
        currentUser.replace(user.withDisplayName(account.displayName()));
        return account.displayName();
    }

    /**
     * Turns "Show me as present" on or off for the signed-in person: where it is off, others see
     * "a visitor" in presence lists. Takes effect in this session at once, in others at their next sign-in.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void showPresence(boolean shown) {
        SignedInUser user = currentUser.require();
        signedInAccount().setHidePresence(!shown);
        currentUser.replace(user.withHiddenPresence(!shown));
    }

    /** Marks a seeded account's address as confirmed; for seeding, not for the public. */
    @Transactional
    public void confirmSeededEmail(String username, Instant at) {
        findAccount(username).ifPresent(a -> a.verifyEmail(a.email(), at));
    }

    /** Creates an account of any role; for seeding and administration, not for the public. */
    @Transactional
    public AccountSummary createIfMissing(
            String username,
            String displayName,
            String email,
            MunicipalityId municipality,
            Role role,
            String organisation,
            String password) {
        return createIfMissing(
                username, displayName, email, municipality, role, organisation, password, clock.instant());
    }

    /**
     * As {@link #createIfMissing(String, String, String, MunicipalityId, Role, String, String)}, with the
     * time the account counts as created: seeded demo accounts stand for an established community.
     */
    @Transactional
    public AccountSummary createIfMissing(
            String username,
            String displayName,
            String email,
            MunicipalityId municipality,
            Role role,
            String organisation,
            String password,
            Instant since) {
        return accounts.findByUsername(Account.normaliseUsername(username))
                .map(Account::toSummary)
                .orElseGet(() -> accounts.save(new Account(
                                username,
                                displayName,
                                email,
                                municipality,
                                role,
                                organisation,
                                passwordEncoder.encode(password),
                                since))
                        .toSummary());
    }

    /**
     * How many of these accounts are established: created at least {@code minAge} ago and not blocked.
     * Automatic hiding counts only their reports, so a batch of fresh accounts cannot hide anything.
     */
    @Transactional(readOnly = true)
    public long countEstablished(Collection<AccountId> ids, Duration minAge) {
        if (ids.isEmpty()) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(minAge);
        return accounts.countEstablished(ids.stream().map(AccountId::value).toList(), cutoff);
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(AccountId id) {
        return accounts.findById(id.value()).map(Account::toSummary);
    }

    /**
     * Blocks or unblocks an account: officials for accounts of their own municipality (not other
     * officials or admins), admins for everyone but themselves.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    public void setBlocked(AccountId id, boolean blocked) {
        SignedInUser actor = currentUser.requireWriter();
        Account account = accounts.findById(id.value())
                .filter(a -> !a.isDeleted())
                .orElseThrow(() -> new UserFacingException("error.account.not-found"));
        AccountSummary target = account.toSummary();
        boolean allowed = actor.role() == Role.ADMIN
                ? !target.id().equals(actor.id())
                : target.role() != Role.ADMIN
                        && target.role() != Role.OFFICIAL
                        && target.municipality() != null
                        && actor.belongsTo(target.municipality());
        if (!allowed) {
            throw new AccessDeniedException("error.account.block-denied");
        }
        if (account.isBlocked() != blocked) {
            account.setBlocked(blocked);
            events.publishEvent(new AccountBlocked(
                    target.id(), target.username(), target.municipality(), blocked, actor.id(), actor.displayName()));
        }
    }

    /** All accounts; for seeding and administration. */
    @Transactional(readOnly = true)
    public List<AccountSummary> findAll() {
        return accounts.findAll().stream().map(Account::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByUsername(String username) {
        try {
            return accounts.findByUsername(Account.normaliseUsername(username)).map(Account::toSummary);
        } catch (UserFacingException malformed) {
            return Optional.empty();
        }
    }

    /** The accounts with these usernames, in one query; names that are malformed or unknown are skipped. */
    @Transactional(readOnly = true)
    public List<AccountSummary> findByUsernames(Collection<String> usernames) {
        Set<String> clean = new LinkedHashSet<>();
        for (String username : usernames) {
            try {
                clean.add(Account.normaliseUsername(username));
            } catch (UserFacingException malformed) {
                // Not a username anyone can have.
            }
        }
        return clean.isEmpty()
                ? List.of()
                : accounts.findByUsernameIn(clean).stream()
                        .map(Account::toSummary)
                        .toList();
    }
}
