package no.samskap.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import no.samskap.audit.AuditRecord;
import no.samskap.audit.AuditService;
import no.samskap.identity.AccountService;
import no.samskap.identity.Registration;
import no.samskap.identity.Role;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalQuery;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalState;
import no.samskap.proposals.ProposalSummary;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SamskapTest
class ModerationServiceTest {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    static final String POINT = "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}";

    @Autowired
    ModerationService moderation;

    @Autowired
    ProposalService proposals;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditService audit;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private ProposalId proposalBy(String username, String title) {
        signIn.as(username);
        ProposalId id = proposals.createAndSubmit(BAERUM, new ProposalInput(title, "", "BIKE_LANE", POINT));
        signIn.out();
        return id;
    }

    private boolean listed(ProposalId id) {
        return proposals
                .search(ProposalQuery.all(BAERUM), 0, 200)
                .map(ProposalSummary::id)
                .toList()
                .contains(id);
    }

    @Test
    void threeReportsHideAProposalUntilAnOfficialRestoresIt() {
        for (String name : new String[] {"rep1", "rep2", "rep3"}) {
            // Established accounts: only their reports hide content without a moderator.
            accounts.createIfMissing(
                    name,
                    "Melder " + name,
                    name + "@example.org",
                    BAERUM,
                    Role.RESIDENT,
                    null,
                    "samskap-demo",
                    Instant.now().minus(Duration.ofDays(30)));
        }
        ProposalId p = proposalBy("solkraft", "Kjøp våre solceller nå!!!");
        ContentRef ref = ModerationService.proposal(p.value());
        signIn.as("rep1");
        moderation.report(ref, ReportReason.SPAM, "reklame");
        assertThatThrownBy(() -> moderation.report(ref, ReportReason.SPAM, null))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.report.duplicate"));
        signIn.as("rep2");
        moderation.report(ref, ReportReason.OFF_TOPIC, null);
        assertThat(listed(p)).isTrue();
        signIn.as("rep3");
        moderation.report(ref, ReportReason.SPAM, null);

        assertThat(listed(p)).isFalse();
        assertThat(proposals.find(p)).isEmpty();
        signIn.as("solkraft");
        assertThat(proposals.find(p)).hasValueSatisfying(d -> {
            assertThat(d.hidden()).isTrue();
            assertThat(d.hiddenReason()).isEqualTo("reports");
        });

        signIn.as("saksbehandler");
        assertThat(moderation.queue(BAERUM)).anySatisfy(item -> {
            assertThat(item.content()).isEqualTo(ref);
            assertThat(item.openReports()).isEqualTo(3);
            assertThat(item.reasons()).containsEntry(ReportReason.SPAM, 2);
        });
        moderation.restore(ref);
        assertThat(listed(p)).isTrue();
        assertThat(moderation.queue(BAERUM)).noneMatch(item -> item.content().equals(ref));
        assertThat(audit.entries(BAERUM, 0, 50).map(AuditRecord::action).toList())
                .contains("REPORTED", "HIDDEN", "RESTORED");
    }

    @Test
    void freshAccountsReportButCannotHideOnTheirOwn() {
        ProposalId p = proposalBy("solkraft", "Et forslag noen vil ha bort");
        ContentRef ref = ModerationService.proposal(p.value());
        for (int i = 0; i < 4; i++) {
            String name = "ny" + UUID.randomUUID().toString().substring(0, 8);
            accounts.register(
                    new Registration(
                            name, "Ny Konto", name + "@example.org", BAERUM, Role.RESIDENT, null, "grønn solrik fjord"),
                    "10.66.0." + i);
            signIn.as(name);
            moderation.report(ref, ReportReason.SPAM, null);
        }
        assertThat(listed(p)).as("four puppets registered today hide nothing").isTrue();
        signIn.as("saksbehandler");
        assertThat(moderation.queue(BAERUM)).anySatisfy(item -> {
            assertThat(item.content()).isEqualTo(ref);
            assertThat(item.openReports()).isEqualTo(4);
        });
        // Established accounts (the demo community) do count.
        for (String name : new String[] {"kari", "fasilitator", "admin"}) {
            signIn.as(name);
            moderation.report(ref, ReportReason.SPAM, null);
        }
        assertThat(listed(p)).isFalse();
    }

    @Test
    void nobodyReportsTheirOwnContentOrAnotherMunicipalitysContent() {
        ProposalId p = proposalBy("kari", "Eget forslag");
        ContentRef ref = ModerationService.proposal(p.value());
        signIn.as("kari");
        assertThatThrownBy(() -> moderation.report(ref, ReportReason.OTHER, null))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.report.own"));
        signIn.as("ola");
        assertThatThrownBy(() -> moderation.report(ref, ReportReason.OTHER, null))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as("solkraft");
        assertThatThrownBy(() -> moderation.report(ref, null, null))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> moderation.report(ref, ReportReason.OTHER, "x".repeat(501)))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void blockingHidesTheAuthorsContentAndStopsWriting() {
        accounts.createIfMissing(
                "spammer", "Spammer", "spammer@example.org", BAERUM, Role.RESIDENT, null, "samskap-demo");
        ProposalId p = proposalBy("spammer", "Reklame");
        signIn.as("saksbehandler");
        accounts.setBlocked(accounts.findByUsername("spammer").orElseThrow().id(), true);
        assertThat(listed(p)).isFalse();
        signIn.as("spammer");
        assertThatThrownBy(() -> proposals.createAndSubmit(BAERUM, new ProposalInput("Mer", "", "BIKE_LANE", POINT)))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.account.blocked"));
        signIn.as("saksbehandler");
        accounts.setBlocked(accounts.findByUsername("spammer").orElseThrow().id(), false);
        assertThat(listed(p)).isTrue();
        assertThat(audit.entries(BAERUM, 0, 50).map(AuditRecord::action).toList())
                .contains("BLOCKED", "UNBLOCKED");
    }

    @Test
    void officialsAnswerAlongTheLifecycleOnly() {
        ProposalId p = proposalBy("kari", "Til behandling");
        signIn.as("saksbehandler");
        proposals.answer(p, ProposalState.UNDER_REVIEW, "Vi ser på saken.");
        proposals.answer(p, ProposalState.ACCEPTED, "Vedtatt i kommunestyret.");
        assertThatThrownBy(() -> proposals.answer(p, ProposalState.REJECTED, "Nei likevel"))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.proposal.illegal-transition"));
        assertThatThrownBy(() -> proposals.answer(p, ProposalState.IN_PROGRESS, " "))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(e.field()).isEqualTo("text"));
        var details = proposals.find(p).orElseThrow();
        assertThat(details.state()).isEqualTo(ProposalState.ACCEPTED);
        assertThat(details.answerText()).isEqualTo("Vedtatt i kommunestyret.");
        assertThat(details.answeredBy()).isEqualTo("Siri Saksbehandler");
        assertThat(audit.entries(BAERUM, 0, 50).map(AuditRecord::action).toList())
                .contains("ANSWERED SUBMITTED -> UNDER_REVIEW", "ANSWERED UNDER_REVIEW -> ACCEPTED");
    }
}
