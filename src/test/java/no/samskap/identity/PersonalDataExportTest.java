package no.samskap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import no.samskap.comments.CommentService;
import no.samskap.comments.CommentStance;
import no.samskap.notifications.MailFrequency;
import no.samskap.notifications.NotificationKind;
import no.samskap.notifications.NotificationMails;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.protection.RateLimitedException;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import no.samskap.voting.Stance;
import no.samskap.voting.VotingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** "My data": the download holds what Samskap keeps about me and nothing about others; my name can be corrected. */
@SamskapTest
class PersonalDataExportTest {

    private static final MunicipalityId BAERUM = MunicipalityId.of("baerum");

    @Autowired
    PersonalDataExport export;

    @Autowired
    AccountService accounts;

    @Autowired
    ProposalService proposals;

    @Autowired
    CommentService comments;

    @Autowired
    VotingService voting;

    @Autowired
    NotificationMails mails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private void register(String username) {
        accounts.register(
                new Registration(
                        username,
                        "Dina Data",
                        username + "@example.org",
                        BAERUM,
                        Role.RESIDENT,
                        null,
                        "solrik fjord og hav"),
                "10.55.0." + Math.floorMod(username.hashCode(), 250),
                Locale.forLanguageTag("nn"));
    }

    @Test
    void theDownloadHoldsMyDataAsJsonAndMyPlacesAsGeoJson() {
        register("dina.data");
        signIn.as("dina.data");
        ProposalId mine = proposals.createAndSubmit(
                BAERUM,
                new ProposalInput(
                        "Bysykkel ved stasjonen",
                        "",
                        "BIKE_LANE",
                        "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}"));
        comments.post(mine, null, CommentStance.FOR, "Min egen kommentar");
        mails.setPreference(NotificationKind.COMMENT, MailFrequency.WEEKLY);
        signIn.as("kari");
        comments.post(mine, null, CommentStance.AGAINST, "Karis kommentar");
        voting.cast(mine, Stance.SUPPORT);
        signIn.as("dina.data");

        String text = new String(export.export(), StandardCharsets.UTF_8);
        JsonNode json = JsonMapper.builder().build().readTree(text);
        JsonNode account = json.get("account").get("account");
        assertThat(account.get("username").asString()).isEqualTo("dina.data");
        assertThat(account.get("email").asString()).isEqualTo("dina.data@example.org");
        assertThat(account.get("preferred_language").asString()).isEqualTo("nn");
        assertThat(text).doesNotContain("bcrypt").doesNotContain("password_hash");

        JsonNode place = json.get("proposals").get("places").get("features").get(0);
        assertThat(place.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(place.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(10.55);
        assertThat(place.get("properties").get("title").asString()).isEqualTo("Bysykkel ved stasjonen");
        assertThat(json.get("comments").get("comments")).hasSize(1);
        assertThat(text).contains("Min egen kommentar").doesNotContain("Karis kommentar");
        assertThat(json.get("votes").get("votes")).isEmpty();
        assertThat(json.get("notifications").get("follows")).hasSize(1);
        assertThat(json.get("notifications")
                        .get("mail_preferences")
                        .get(0)
                        .get("frequency")
                        .asString())
                .isEqualTo("WEEKLY");
        assertThat(json.has("reports")).isTrue();
        assertThat(json.has("scenarios")).isTrue();
        assertThat(json.has("workshops")).isTrue();
    }

    @Test
    void aCorrectedNameShowsOnMyProposalsAndCommentsAndInMySession() {
        register("navn.feil");
        signIn.as("navn.feil");
        ProposalId p = proposals.createAndSubmit(
                BAERUM,
                new ProposalInput("Rett navn", "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[10.56,59.93]}"));
        comments.post(p, null, CommentStance.FOR, "Kommentar med gammelt navn");

        assertThatThrownBy(() -> accounts.rename("  "))
                .extracting(e -> ((UserFacingException) e).field())
                .isEqualTo("displayName");
        assertThatThrownBy(() -> accounts.rename("x".repeat(81)))
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("error.field.too-long");

        assertThat(accounts.rename("  Dina Riktig  ")).isEqualTo("Dina Riktig");
        await().until(() -> "Dina Riktig"
                .equals(jdbc.queryForObject("select author_name from proposal where id = ?", String.class, p.value())));
        await().until(() -> jdbc.queryForList(
                        "select author_name from comment where proposal_id = ?", String.class, p.value())
                .equals(java.util.List.of("Dina Riktig")));
        assertThat(accounts.findByUsername("navn.feil").orElseThrow().displayName())
                .isEqualTo("Dina Riktig");
    }

    @Test
    void downloadsAreLimitedPerHour() {
        register("mange.nedlast");
        signIn.as("mange.nedlast");
        for (int i = 0; i < 10; i++) {
            export.export();
        }
        assertThatThrownBy(() -> export.export()).isInstanceOf(RateLimitedException.class);
    }
}
