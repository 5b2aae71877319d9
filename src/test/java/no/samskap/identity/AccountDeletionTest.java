package no.samskap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samskap.comments.CommentId;
import no.samskap.comments.CommentService;
import no.samskap.comments.CommentStance;
import no.samskap.impact.ScenarioService;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import no.samskap.voting.Stance;
import no.samskap.voting.Tally;
import no.samskap.voting.VotingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Delete my account": the person's identity goes everywhere, votes keep counting, what others
 * responded to stays as by "deleted user", and the audit log keeps a pseudonym.
 */
@SamskapTest
class AccountDeletionTest {

    private static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    private static final String PASSWORD = "regn over fjellet i dag";

    @Autowired
    AccountDeletion deletion;

    @Autowired
    AccountService accounts;

    @Autowired
    ProposalService proposals;

    @Autowired
    CommentService comments;

    @Autowired
    VotingService voting;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    PersonalDataExport export;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private AccountSummary register(String username, String name) {
        return accounts.register(
                new Registration(username, name, username + "@example.org", BAERUM, Role.RESIDENT, null, PASSWORD),
                "10.56.0." + Math.floorMod(username.hashCode(), 250),
                Locale.forLanguageTag("nb"));
    }

    private ProposalId submit(String title, double lon) {
        return proposals.createAndSubmit(
                BAERUM,
                new ProposalInput(title, "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[" + lon + ",59.93]}"));
    }

    private boolean exists(String table, ProposalId id) {
        return jdbc.queryForObject("select count(*) from " + table + " where id = ?", Integer.class, id.value()) > 0;
    }

    private String authorName(ProposalId id) {
        return jdbc.queryForObject("select author_name from proposal where id = ?", String.class, id.value());
    }

    @Test
    void deletingRemovesWhatNobodyAnsweredKeepsTheRestAnonymousAndLeavesTalliesAlone() {
        AccountSummary gone = register("borte.snart", "Bjørg Borte");
        signIn.as("kari");
        ProposalId karis = submit("Karis forslag om sykkelvei", 10.601);

        signIn.as("borte.snart");
        ProposalId answered = submit("Forslag andre har svart på", 10.602);
        ProposalId lonely = submit("Forslag ingen har sett", 10.603);
        ProposalId draft = proposals.createDraft(
                BAERUM,
                new ProposalInput("Utkast", "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[10.604,59.93]}"));
        voting.cast(karis, Stance.SUPPORT);
        voting.cast(lonely, Stance.SUPPORT);
        CommentId unanswered = comments.post(karis, null, CommentStance.FOR, "Ingen svarer på denne");
        CommentId repliedTo = comments.post(karis, null, CommentStance.FOR, "Denne får svar");
        UUIDs scenario = new UUIDs(scenarios.save(BAERUM, "Mitt scenario", List.of(karis, lonely)));

        signIn.as("kari");
        comments.post(answered, null, CommentStance.FOR, "Kari svarer på forslaget");
        comments.post(karis, repliedTo, CommentStance.FOR, "Kari svarer på kommentaren");
        // Kari is told about the comments on her proposal, by name.
        await().until(() -> jdbc.queryForObject(
                        "select count(*) from notification where actor_id = ?",
                        Integer.class,
                        gone.id().value())
                > 0);
        Tally before = voting.tally(karis);

        signIn.as("borte.snart");
        String pseudonym = deletion.deleteSignedInAccount(PASSWORD, true);
        signIn.out();

        assertThat(pseudonym).startsWith("deleted-");
        // The account stays only as an anonymous row: no name, address, password or sign-in.
        Map<String, Object> row = jdbc.queryForMap(
                "select username, display_name, email, email_key, password_hash, blocked, deleted_at from account where id = ?",
                gone.id().value());
        assertThat(row.get("username")).isEqualTo(pseudonym);
        assertThat(row.get("display_name")).isEqualTo("");
        assertThat(row.get("email")).isEqualTo("");
        assertThat(row.get("email_key")).isNull();
        assertThat(row.get("password_hash")).isEqualTo("");
        assertThat(row.get("blocked")).isEqualTo(true);
        assertThat(row.get("deleted_at")).isNotNull();
        assertThat(accounts.findByUsername("borte.snart")).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from account where display_name = 'Bjørg Borte' or email like 'borte.snart%'",
                        Integer.class))
                .isZero();

        // Votes count as before; the tallies do not move.
        assertThat(voting.tally(karis)).isEqualTo(before);
        assertThat(voting.recount(karis)).isEqualTo(before);

        // What someone responded to stays, as by "deleted user"; the rest went.
        assertThat(exists("proposal", answered)).isTrue();
        assertThat(authorName(answered)).isEmpty();
        assertThat(exists("proposal", lonely)).isFalse();
        assertThat(exists("proposal", draft)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from comment where id = ?", Integer.class, unanswered.value()))
                .isZero();
        assertThat(jdbc.queryForObject("select author_name from comment where id = ?", String.class, repliedTo.value()))
                .isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from scenario where id = ?", Integer.class, scenario.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from follow where account_id = ?",
                        Integer.class,
                        gone.id().value()))
                .isZero();

        // Others' inboxes and the audit log no longer name the person.
        assertThat(jdbc.queryForList(
                        "select actor_name from notification where actor_id = ?",
                        String.class,
                        gone.id().value()))
                .isNotEmpty()
                .containsOnly("");
        assertThat(jdbc.queryForList(
                        "select actor_name from audit_entry where actor_id = ?",
                        String.class,
                        gone.id().value()))
                .isNotEmpty()
                .containsOnly(pseudonym);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where actor_name = 'Bjørg Borte'", Integer.class))
                .isZero();
    }

    @Test
    void withoutTheChoiceEverythingStaysAsByDeletedUser() {
        AccountSummary gone = register("borte.alt", "Alf Alt");
        signIn.as("borte.alt");
        ProposalId lonely = submit("Blir stående", 10.611);
        CommentId comment = comments.post(lonely, null, CommentStance.FOR, "Står også");

        deletion.deleteSignedInAccount(PASSWORD, false);

        assertThat(authorName(lonely)).isEmpty();
        assertThat(jdbc.queryForObject("select author_name from comment where id = ?", String.class, comment.value()))
                .isEmpty();
        assertThat(accounts.find(gone.id()).orElseThrow().username()).startsWith("deleted-");
    }

    @Test
    void aWrongPasswordOrAnOfficialsAccountDeletesNothing() {
        register("borte.ikke", "Ine Ikke");
        signIn.as("borte.ikke");
        assertThatThrownBy(() -> deletion.deleteSignedInAccount("feil passord her", true))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.field()).isEqualTo("deletePassword");
                    assertThat(e.messageKey()).isEqualTo("error.password.current-wrong");
                });
        assertThat(accounts.findByUsername("borte.ikke")).isPresent();
        assertThat(export.export()).isNotEmpty();

        signIn.as("saksbehandler");
        assertThatThrownBy(() -> deletion.deleteSignedInAccount(PASSWORD, false))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.account.delete-official"));
        assertThat(accounts.findByUsername("saksbehandler")).isPresent();
    }

    @Test
    void aDeletedAccountsOtherSessionsCanChangeNothing() {
        register("borte.to", "To Økter");
        signIn.as("borte.to");
        SignedInUser otherSession = signIn.principal("borte.to");
        deletion.deleteSignedInAccount(PASSWORD, false);

        signIn.as(otherSession);
        assertThatThrownBy(() -> accounts.rename("Tilbake igjen")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> submit("Etter sletting", 10.62)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> deletion.deleteSignedInAccount(PASSWORD, false))
                .isInstanceOf(RuntimeException.class);
    }

    private record UUIDs(java.util.UUID id) {}
}
