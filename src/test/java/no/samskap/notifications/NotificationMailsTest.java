package no.samskap.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samskap.comments.CommentService;
import no.samskap.comments.CommentStance;
import no.samskap.identity.AccountService;
import no.samskap.identity.Registration;
import no.samskap.identity.Role;
import no.samskap.mail.CaughtMail;
import no.samskap.mail.MailInbox;
import no.samskap.notifications.internal.NotificationRepository;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalState;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Notifications by mail through the demo's mail catcher: at once, in digests, never to an
 * unconfirmed address, and unsubscribed from the mail's own link.
 */
@SamskapTest
class NotificationMailsTest {

    private static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("/unsubscribe\\?token=(\\S+)");

    @Autowired
    NotificationMails mails;

    @Autowired
    NotificationService notifications;

    @Autowired
    NotificationRepository stored;

    @Autowired
    ProposalService proposals;

    @Autowired
    CommentService comments;

    @Autowired
    AccountService accounts;

    @Autowired
    MailInbox inbox;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** A resident who reads in English, with a confirmed address unless said otherwise. */
    private String reader(String username, boolean confirmed) {
        accounts.register(
                new Registration(
                        username,
                        "Reader " + username,
                        username + "@example.org",
                        BAERUM,
                        Role.RESIDENT,
                        null,
                        "lese mye hver dag"),
                "10.88.0." + Math.floorMod(username.hashCode(), 250),
                Locale.ENGLISH);
        if (confirmed) {
            accounts.confirmSeededEmail(username, Instant.now());
        }
        return username + "@example.org";
    }

    private ProposalId proposal(String title) {
        signIn.as("solkraft");
        return proposals.createAndSubmit(
                BAERUM,
                new ProposalInput(title, "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}"));
    }

    private List<CaughtMail> mailTo(String address, String subjectStart) {
        return inbox.messages().stream()
                .filter(m -> m.to().contains(address) && m.subject().startsWith(subjectStart))
                .toList();
    }

    private CaughtMail awaitMail(String address, String subjectStart) {
        await("mail '" + subjectStart + "' to " + address)
                .atMost(Duration.ofSeconds(20))
                .until(() -> !mailTo(address, subjectStart).isEmpty());
        return mailTo(address, subjectStart).getFirst();
    }

    private void awaitUnread(String username, long count) {
        signIn.as(username);
        await().pollInSameThread().until(() -> notifications.unreadCount() == count);
    }

    private static String unsubscribeToken(CaughtMail mail) {
        Matcher m = UNSUBSCRIBE.matcher(mail.text());
        assertThat(m.find()).as("an unsubscribe link in: %s", mail.text()).isTrue();
        return m.group(1);
    }

    private static Instant osloTime(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(OSLO).toInstant();
    }

    @Test
    void anOfficialAnswerIsMailedAtOnceToConfirmedFollowersOnly() {
        String confirmed = reader("svar.leser", true);
        reader("svar.ubekreftet", false);
        ProposalId p = proposal("Sykkelvei langs fjorden");
        signIn.as("svar.leser");
        notifications.follow(p);
        signIn.as("svar.ubekreftet");
        notifications.follow(p);

        signIn.as("saksbehandler");
        proposals.answer(p, ProposalState.ACCEPTED, "Vi bygger den.");

        CaughtMail mail = awaitMail(confirmed, "News on «Sykkelvei langs fjorden»");
        assertThat(mail.text())
                .startsWith("Hello Reader svar.leser,")
                .contains("Siri Saksbehandler answered «Sykkelvei langs fjorden»: now Accepted")
                .contains("/proposals/" + p)
                .contains("You get this mail for: Official answers to proposals I follow.")
                .contains("/account/notifications");
        assertThat(mail.oneClickUnsubscribe()).startsWith("<http").contains("/mail/one-click?token=");

        // The unconfirmed follower has the notification in the app, and no mail: run its mailing here.
        awaitUnread("svar.ubekreftet", 1);
        notifications.inbox(0, 1).getContent().forEach(n -> mails.immediate(new NotificationMails.Due(n.id())));
        assertThat(mailTo("svar.ubekreftet@example.org", "News on")).isEmpty();
    }

    @Test
    void commentsComeInOneDailyDigestGroupedByProposalNewestFirst() {
        String address = reader("digest.leser", true);
        ProposalId first = proposal("Solceller på skolen");
        ProposalId second = proposal("Gjenbrukstorg i sentrum");
        signIn.as("digest.leser");
        notifications.follow(first);
        notifications.follow(second);
        signIn.as("kari");
        comments.post(first, null, CommentStance.FOR, "God idé for skolen.");
        comments.post(second, null, CommentStance.FOR, "Trengs i sentrum.");
        comments.post(first, null, CommentStance.AGAINST, "Taket er for gammelt.");
        awaitUnread("digest.leser", 3);
        assertThat(mailTo(address, "News on"))
                .as("comments are not mailed at once by default")
                .isEmpty();

        LocalDate tomorrow = LocalDate.now(OSLO).plusDays(1);
        assertThat(mails.sendDigests(MailFrequency.DAILY, osloTime(tomorrow, 6)))
                .as("before the digest hour")
                .isZero();
        assertThat(mails.sendDigests(MailFrequency.DAILY, osloTime(tomorrow, 8)))
                .isPositive();
        CaughtMail digest = awaitMail(address, "Samskap: Daily digest – 3 new notifications");
        String text = digest.text();
        assertThat(text).contains("3 notifications since the last digest, newest first:");
        // The proposal with the newest comment comes first, and its two comments newest first.
        assertThat(text.indexOf("Solceller på skolen\n")).isLessThan(text.indexOf("Gjenbrukstorg i sentrum\n"));
        assertThat(text)
                .containsSubsequence(
                        "Solceller på skolen\n",
                        "· Kari Nordmann commented on «Solceller på skolen»",
                        "· Kari Nordmann commented on «Solceller på skolen»",
                        "/proposals/" + first,
                        "Gjenbrukstorg i sentrum\n",
                        "/proposals/" + second,
                        "You get this mail for: Daily digest.");

        // The same digest is not sent twice, by this node or another.
        mails.sendDigests(MailFrequency.DAILY, osloTime(tomorrow, 9));
        assertThat(mailTo(address, "Samskap: Daily digest")).hasSize(1);

        // Its unsubscribe link stops the daily digest.
        NotificationMails.Unsubscribe what =
                mails.readUnsubscribe(unsubscribeToken(digest)).orElseThrow();
        // Every kind the person gets in a daily digest (comments and nearby proposals by default).
        assertThat(what.kinds()).containsExactlyInAnyOrder(NotificationKind.COMMENT, NotificationKind.NEARBY);
        assertThat(mails.unsubscribe(unsubscribeToken(digest))).isTrue();
        signIn.as("digest.leser");
        assertThat(mails.preferences()).containsEntry(NotificationKind.COMMENT, MailFrequency.OFF);
    }

    @Test
    void aWeeklyChoiceWaitsForMonday() {
        String address = reader("uke.leser", true);
        ProposalId p = proposal("Delingsbod på Fornebu");
        signIn.as("uke.leser");
        notifications.follow(p);
        mails.setPreference(NotificationKind.COMMENT, MailFrequency.WEEKLY);
        signIn.as("kari");
        comments.post(p, null, CommentStance.FOR, "Gjerne med verktøy.");
        awaitUnread("uke.leser", 1);

        LocalDate monday = LocalDate.now(OSLO).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        mails.sendDigests(MailFrequency.DAILY, osloTime(monday, 8));
        assertThat(mailTo(address, "Samskap: ")).as("not in a daily digest").isEmpty();
        mails.sendDigests(MailFrequency.WEEKLY, osloTime(monday, 8));
        assertThat(awaitMail(address, "Samskap: Weekly digest – 1 new notification")
                        .text())
                .contains("Kari Nordmann commented on «Delingsbod på Fornebu»");
    }

    @Test
    void anUnsubscribeLinkTurnsOffItsKindAndAForgedOneNothing() {
        String address = reader("stopp.leser", true);
        ProposalId p = proposal("Ladepunkt ved rådhuset");
        signIn.as("stopp.leser");
        notifications.follow(p);
        signIn.as("saksbehandler");
        proposals.answer(p, ProposalState.UNDER_REVIEW, "Vi ser på det.");
        String token = unsubscribeToken(awaitMail(address, "News on «Ladepunkt ved rådhuset»"));

        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThat(mails.unsubscribe(forged)).isFalse();
        assertThat(mails.unsubscribe(null)).isFalse();
        assertThat(mails.unsubscribe("not.a-token")).isFalse();
        signIn.as("stopp.leser");
        assertThat(mails.preferences()).containsEntry(NotificationKind.ANSWERED, MailFrequency.IMMEDIATE);

        assertThat(mails.readUnsubscribe(token).orElseThrow().kinds()).containsExactly(NotificationKind.ANSWERED);
        signIn.out();
        assertThat(mails.unsubscribe(token)).isTrue();
        signIn.as("stopp.leser");
        Map<NotificationKind, MailFrequency> now = mails.preferences();
        assertThat(now).containsEntry(NotificationKind.ANSWERED, MailFrequency.OFF);
        assertThat(now).containsEntry(NotificationKind.MENTION, MailFrequency.IMMEDIATE);

        // Turned off: the next answer stays in the app only.
        signIn.as("saksbehandler");
        proposals.answer(p, ProposalState.ACCEPTED, "Vi gjør det.");
        awaitUnread("stopp.leser", 2);
        notifications.inbox(0, 1).getContent().forEach(n -> mails.immediate(new NotificationMails.Due(n.id())));
        assertThat(mailTo(address, "News on")).hasSize(1);
    }
}
