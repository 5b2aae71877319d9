package no.samskap.notifications;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samskap.identity.AccountService;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.MailRecipient;
import no.samskap.mail.Mail;
import no.samskap.mail.MailSettings;
import no.samskap.mail.Mailer;
import no.samskap.mail.SignedLinks;
import no.samskap.notifications.internal.MailPreference;
import no.samskap.notifications.internal.MailPreferenceRepository;
import no.samskap.notifications.internal.Notification;
import no.samskap.notifications.internal.NotificationRepository;
import no.samskap.proposals.ProposalState;
import no.samskap.shared.AccountId;
import no.samskap.shared.PersonName;
import no.samskap.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications by mail, as each person chose per kind: at once, in a daily or weekly digest, or
 * not at all; only to confirmed addresses, in the person's language, each mail with a link that
 * unsubscribes without signing in. A digest is claimed in the database before it is sent, so two
 * nodes never send the same one.
 */
@Service
public class NotificationMails {

    public static final String UNSUBSCRIBE = "unsubscribe";

    private static final Logger log = LoggerFactory.getLogger(NotificationMails.class);
    private static final java.time.Duration UNSUBSCRIBE_VALIDITY = java.time.Duration.ofDays(365);

    private final NotificationRepository notifications;
    private final MailPreferenceRepository preferences;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Mailer mailer;
    private final MailSettings mail;
    private final SignedLinks links;
    private final MessageSource messages;
    private final NotificationSettings settings;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NotificationMails(
            NotificationRepository notifications,
            MailPreferenceRepository preferences,
            AccountService accounts,
            CurrentUser currentUser,
            Mailer mailer,
            MailSettings mail,
            SignedLinks links,
            MessageSource messages,
            NotificationSettings settings,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.mailer = mailer;
        this.mail = mail;
        this.links = links;
        this.messages = messages;
        this.settings = settings;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A notification was stored; mailed at once if its recipient wants this kind at once. */
    public record Due(UUID notification) {}

    /** When digests go out, as the settings page says it: "07:00". */
    public String digestTime() {
        return String.format(Locale.ROOT, "%02d:00", settings.digestHour());
    }

    /** The signed-in person's choice for every kind, defaults filled in. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<NotificationKind, MailFrequency> preferences() {
        return choices(currentUser.require().id().value());
    }

    /** Whether mail can reach the signed-in person (their address is confirmed). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canReceiveMail() {
        AccountId me = currentUser.require().id();
        return accounts.mailRecipients(List.of(me)).containsKey(me);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setPreference(NotificationKind kind, MailFrequency frequency) {
        if (kind == null || frequency == null) {
            throw new UserFacingException("error.field.required");
        }
        store(currentUser.require().id().value(), kind, frequency);
    }

    /** What an unsubscribe link would turn off, for the page that asks before doing it. */
    @Transactional(readOnly = true)
    public Optional<Unsubscribe> readUnsubscribe(String token) {
        SignedLinks.Checked checked = links.check(UNSUBSCRIBE, token);
        if (checked.status() != SignedLinks.Status.VALID) {
            return Optional.empty();
        }
        String[] parts = checked.subject().split(" ", 2);
        try {
            UUID account = UUID.fromString(parts[0]);
            Set<NotificationKind> kinds = parts[1].startsWith("digest:")
                    ? kindsAt(account, MailFrequency.valueOf(parts[1].substring("digest:".length())))
                    : Set.of(NotificationKind.valueOf(parts[1]));
            return Optional.of(new Unsubscribe(account, parts[1], kinds));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException malformed) {
            return Optional.empty();
        }
    }

    /** What an unsubscribe link concerns: the kinds it turns off. */
    public record Unsubscribe(UUID account, String scope, Set<NotificationKind> kinds) {}

    /** Follows an unsubscribe link: the kinds it names get no more mail. False if the link is not valid. */
    @Transactional
    public boolean unsubscribe(String token) {
        Optional<Unsubscribe> found = readUnsubscribe(token);
        found.ifPresent(u -> u.kinds().forEach(kind -> store(u.account(), kind, MailFrequency.OFF)));
        found.ifPresent(u -> log.info("Mail unsubscribed: {}", u.kinds()));
        return found.isPresent();
    }

    @ApplicationModuleListener
    void immediate(Due due) {
        Notification n = notifications.findById(due.notification()).orElse(null);
        if (n == null || n.mailed() || choices(n.accountId()).get(n.kind()) != MailFrequency.IMMEDIATE) {
            return;
        }
        AccountId to = new AccountId(n.accountId());
        MailRecipient recipient = accounts.mailRecipients(List.of(to)).get(to);
        if (recipient == null) {
            return;
        }
        Locale language = recipient.language();
        String token = links.sign(UNSUBSCRIBE, n.accountId() + " " + n.kind().name(), UNSUBSCRIBE_VALIDITY);
        NotificationView view = n.toView();
        String text = text("mail.notification.greeting", language, recipient.displayName()) + "\n\n"
                + line(view, language) + "\n" + mail.link(view.link()) + "\n\n"
                + footer(language, n.kind().labelKey(), token);
        if (mailer.send(new Mail(
                recipient.address(),
                text("mail.notification.subject", language, view.title()),
                text,
                "notification-" + n.kind().name().toLowerCase(Locale.ROOT),
                mail.link("mail/one-click?token=" + token)))) {
            n.markMailed(clock.instant());
        }
    }

    /**
     * Sends the daily and weekly digests that are due: from {@code samskap.notifications.digest-hour}
     * each day (weekly: on Mondays), to everyone with unmailed notifications of a kind they chose for
     * that digest.
     */
    @Scheduled(
            fixedDelayString = "${samskap.notifications.digest-check:5m}",
            initialDelayString = "${samskap.notifications.digest-check:5m}")
    public void sendDueDigests() {
        try {
            sendDigests(MailFrequency.DAILY, clock.instant());
            sendDigests(MailFrequency.WEEKLY, clock.instant());
        } catch (RuntimeException e) {
            // The next check tries again; never let the scheduler drop this task.
            log.warn("Could not send digests", e);
        }
    }

    /** Sends every digest of this frequency that is due at {@code now}; the number sent. */
    public int sendDigests(MailFrequency frequency, Instant now) {
        Instant due = dueSince(frequency, now);
        if (due == null || !mailer.configured()) {
            return 0;
        }
        Instant window = now.minus(
                frequency == MailFrequency.DAILY ? java.time.Duration.ofDays(2) : java.time.Duration.ofDays(8));
        Set<UUID> candidates =
                notifications.findTop5000ByMailedAtIsNullAndCreatedAtAfterOrderByCreatedAtAsc(window).stream()
                        .map(Notification::accountId)
                        .collect(Collectors.toSet());
        int sent = 0;
        for (UUID account : candidates) {
            Boolean done = transactions.execute(status -> digest(account, frequency, due, window, now));
            if (Boolean.TRUE.equals(done)) {
                sent++;
            }
        }
        return sent;
    }

    /** One person's digest, in one transaction: claimed, written, sent and marked, or none of it. */
    private boolean digest(UUID account, MailFrequency frequency, Instant due, Instant window, Instant now) {
        Map<NotificationKind, MailFrequency> choices = choices(account);
        List<Notification> items =
                notifications
                        .findByAccountIdAndMailedAtIsNullAndCreatedAtAfterOrderByCreatedAtDesc(account, window)
                        .stream()
                        .filter(n -> choices.get(n.kind()) == frequency)
                        .limit(settings.maxDigestItems())
                        .toList();
        if (items.isEmpty()) {
            return false;
        }
        AccountId to = new AccountId(account);
        MailRecipient recipient = accounts.mailRecipients(List.of(to)).get(to);
        if (recipient == null || !claim(account, frequency, due, now)) {
            return false;
        }
        Locale language = recipient.language();
        String token = links.sign(UNSUBSCRIBE, account + " digest:" + frequency.name(), UNSUBSCRIBE_VALIDITY);
        String digestName = text(frequency.messageKey(), language);
        // Grouped by proposal (or process), the one with the newest news first; each group newest first.
        Map<String, List<NotificationView>> byProposal = new LinkedHashMap<>();
        for (Notification n : items) {
            NotificationView v = n.toView();
            byProposal.computeIfAbsent(v.link(), p -> new ArrayList<>()).add(v);
        }
        StringBuilder text = new StringBuilder(text("mail.notification.greeting", language, recipient.displayName()))
                .append("\n\n")
                .append(text("mail.digest.intro", language, items.size()))
                .append("\n");
        for (List<NotificationView> group : byProposal.values()) {
            group.sort(Comparator.comparing(NotificationView::createdAt).reversed());
            text.append("\n").append(group.getFirst().title()).append("\n");
            for (NotificationView v : group) {
                text.append("· ").append(line(v, language)).append("\n");
            }
            text.append(mail.link(group.getFirst().link())).append("\n");
        }
        text.append("\n").append(footer(language, frequency.messageKey(), token));
        boolean delivered = mailer.send(new Mail(
                recipient.address(),
                text("mail.digest.subject", language, digestName, items.size()),
                text.toString(),
                "digest-" + frequency.name().toLowerCase(Locale.ROOT),
                mail.link("mail/one-click?token=" + token)));
        if (!delivered) {
            // Undoes the claim: the digest stays due for the next check.
            throw new IllegalStateException("The digest could not be sent");
        }
        items.forEach(n -> n.markMailed(now));
        notifications.saveAll(items);
        return true;
    }

    /**
     * Takes this digest for this node: the row's time moves to now only if no one sent it since it
     * became due. The row stays locked until the digest is sent, so another node waits and then finds
     * it taken.
     */
    private boolean claim(UUID account, MailFrequency frequency, Instant due, Instant at) {
        java.sql.Timestamp now = java.sql.Timestamp.from(at);
        int updated = jdbc.update(
                "update mail_digest set last_sent_at = ? where account_id = ? and frequency = ? and last_sent_at < ?",
                now,
                account,
                frequency.name(),
                java.sql.Timestamp.from(due));
        if (updated == 1) {
            return true;
        }
        Integer rows = jdbc.queryForObject(
                "select count(*) from mail_digest where account_id = ? and frequency = ?",
                Integer.class,
                account,
                frequency.name());
        if (rows != null && rows > 0) {
            return false;
        }
        try {
            jdbc.update(
                    "insert into mail_digest (account_id, frequency, last_sent_at) values (?, ?, ?)",
                    account,
                    frequency.name(),
                    now);
            return true;
        } catch (DataIntegrityViolationException anotherNodeWasFirst) {
            return false;
        }
    }

    /** The moment the current digest became due, or null if none is due yet today (or this week). */
    private Instant dueSince(MailFrequency frequency, Instant instant) {
        ZonedDateTime now = instant.atZone(settings.digestZone());
        ZonedDateTime at = now.toLocalDate().atTime(settings.digestHour(), 0).atZone(settings.digestZone());
        if (frequency == MailFrequency.WEEKLY) {
            at = at.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        return now.isBefore(at) ? null : at.toInstant();
    }

    private Map<NotificationKind, MailFrequency> choices(UUID account) {
        Map<NotificationKind, MailFrequency> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            choices.put(kind, kind.defaultFrequency());
        }
        for (MailPreference p : preferences.findByKeyAccountId(account)) {
            try {
                choices.put(NotificationKind.valueOf(p.kind()), p.frequency());
            } catch (IllegalArgumentException retired) {
                // A kind that no longer exists.
            }
        }
        return choices;
    }

    private Set<NotificationKind> kindsAt(UUID account, MailFrequency frequency) {
        return choices(account).entrySet().stream()
                .filter(e -> e.getValue() == frequency)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private void store(UUID account, NotificationKind kind, MailFrequency frequency) {
        MailPreference p = preferences
                .findById(new MailPreference.Key(account, kind.name()))
                .orElseGet(() -> new MailPreference(account, kind.name(), frequency));
        p.setFrequency(frequency);
        preferences.save(p);
    }

    /** One notification as a sentence: who did what on which proposal, and when. */
    private String line(NotificationView v, Locale language) {
        String detail = v.detail() == null ? "" : v.detail();
        try {
            detail = text(ProposalState.valueOf(detail).messageKey(), language);
        } catch (IllegalArgumentException notAState) {
            // Shown as stored.
        }
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language)
                .withZone(settings.digestZone())
                .format(v.createdAt());
        return text(
                        "mail.line." + v.kind().name().toLowerCase(Locale.ROOT),
                        language,
                        v.actorName() == null ? "" : PersonName.shown(v.actorName(), k -> text(k, language)),
                        detail,
                        v.title())
                + " · " + when;
    }

    private String footer(Locale language, String whatKey, String token) {
        return text(
                "mail.notification.footer",
                language,
                text(whatKey, language),
                mail.link("account/notifications"),
                mail.link("unsubscribe?token=" + token));
    }

    private String text(String key, Locale language, Object... args) {
        return messages.getMessage(key, args, language);
    }
}
