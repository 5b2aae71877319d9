package no.samskap.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import no.samskap.identity.AccountService;
import no.samskap.identity.Role;
import no.samskap.identity.internal.AccountRepository;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalState;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SamskapTest
@RecordApplicationEvents
class VotingServiceTest {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    static final String POINT = "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}";

    @Autowired
    VotingService voting;

    @Autowired
    ProposalService proposals;

    @Autowired
    AccountRepository accounts;

    @Autowired
    SignIn signIn;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private ProposalId submitted() {
        signIn.as("kari");
        ProposalId id = proposals.createAndSubmit(BAERUM, new ProposalInput("Til avstemning", "", "BIKE_LANE", POINT));
        signIn.out();
        return id;
    }

    @Autowired
    AccountService accountService;

    @Test
    void aBlockedAccountsVotesStopCountingAndCountAgainWhenUnblocked() {
        ProposalId p = submitted();
        ProposalId q = submitted();
        accountService.createIfMissing(
                "sokkedukke", "Sokke Dukke", "sokkedukke@example.org", BAERUM, Role.RESIDENT, null, "samskap-demo");
        signIn.as("sokkedukke");
        voting.cast(p, Stance.SUPPORT);
        voting.cast(q, Stance.OPPOSE);
        signIn.as("solkraft");
        Tally before = voting.cast(p, Stance.SUPPORT);
        assertThat(before.supportTotal()).isEqualTo(2);

        signIn.as("saksbehandler");
        AccountId puppet =
                accountService.findByUsername("sokkedukke").orElseThrow().id();
        accountService.setBlocked(puppet, true);
        Tally blocked = voting.tally(p);
        assertThat(blocked.supportTotal()).isEqualTo(1);
        assertThat(blocked.version()).as("a new version, so open pages take it").isGreaterThan(before.version());
        assertThat(voting.tally(q).opposeTotal()).isZero();
        assertThat(events.stream(VoteCast.class)
                        .filter(e -> e.proposal().equals(q))
                        .reduce((a, b) -> b))
                .hasValueSatisfying(e -> assertThat(e.tally().opposeTotal()).isZero());
        assertThat(voting.recount(p)).isEqualTo(blocked);

        accountService.setBlocked(puppet, false);
        assertThat(voting.tally(p).supportTotal()).isEqualTo(2);
        assertThat(voting.tally(q).opposeTotal()).isEqualTo(1);
        assertThat(voting.recount(q)).isEqualTo(voting.tally(q));
    }

    @Test
    void oneVotePerAccountThatCanChangeAndBeWithdrawn() {
        ProposalId p = submitted();
        signIn.as("solkraft");
        assertThat(voting.cast(p, Stance.SUPPORT).support(StakeholderType.BUSINESS))
                .isEqualTo(1);
        assertThat(voting.cast(p, Stance.SUPPORT).supportTotal()).isEqualTo(1);
        Tally changed = voting.cast(p, Stance.OPPOSE);
        assertThat(changed.supportTotal()).isZero();
        assertThat(changed.oppose(StakeholderType.BUSINESS)).isEqualTo(1);
        assertThat(voting.myVote(p)).contains(Stance.OPPOSE);

        signIn.as("kari");
        assertThat(voting.cast(p, Stance.SUPPORT).support(StakeholderType.RESIDENT))
                .isEqualTo(1);
        signIn.as("saksbehandler");
        assertThat(voting.cast(p, Stance.SUPPORT).support(StakeholderType.OFFICIAL))
                .isEqualTo(1);

        signIn.as("solkraft");
        Tally withdrawn = voting.withdraw(p);
        assertThat(withdrawn.opposeTotal()).isZero();
        assertThat(withdrawn.supportTotal()).isEqualTo(2);
        assertThat(voting.myVote(p)).isEmpty();
        assertThat(voting.withdraw(p).supportTotal()).isEqualTo(2);
    }

    @Test
    void everyChangeIsAnnouncedWithTheNewTallyButRepeatsAreNot() {
        ProposalId p = submitted();
        signIn.as("kari");
        voting.cast(p, Stance.SUPPORT);
        voting.cast(p, Stance.SUPPORT);
        voting.withdraw(p);
        assertThat(events.stream(VoteCast.class).filter(e -> e.proposal().equals(p)))
                .extracting(e -> e.tally().supportTotal())
                .containsExactly(1, 0);
    }

    @Test
    void everyChangeGetsAHigherTallyVersionSoViewsCanDropStaleOnes() {
        ProposalId p = submitted();
        assertThat(voting.tally(p).version()).isZero();
        signIn.as("kari");
        Tally first = voting.cast(p, Stance.SUPPORT);
        Tally repeat = voting.cast(p, Stance.SUPPORT);
        Tally changed = voting.cast(p, Stance.OPPOSE);
        signIn.as("solkraft");
        Tally other = voting.cast(p, Stance.SUPPORT);
        Tally withdrawn = voting.withdraw(p);
        Tally nothingToWithdraw = voting.withdraw(p);

        assertThat(List.of(first, changed, other, withdrawn))
                .extracting(Tally::version)
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(repeat.version()).isEqualTo(first.version());
        assertThat(nothingToWithdraw.version()).isEqualTo(withdrawn.version());
        assertThat(changed.isNewerThan(first)).isTrue();
        assertThat(first.isNewerThan(changed)).isFalse();
        assertThat(voting.tally(p)).isEqualTo(withdrawn);
        assertThat(events.stream(VoteCast.class).filter(e -> e.proposal().equals(p)))
                .extracting(e -> e.tally().version())
                .containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void refusedForAnonymousBlockedAndOtherMunicipalities() {
        ProposalId p = submitted();
        assertThatThrownBy(() -> voting.cast(p, Stance.SUPPORT))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        signIn.as("ola");
        assertThatThrownBy(() -> voting.cast(p, Stance.SUPPORT)).isInstanceOf(AccessDeniedException.class);

        signIn.as("fasilitator");
        var account = accounts.findByUsername("fasilitator").orElseThrow();
        account.setBlocked(true);
        accounts.save(account);
        try {
            assertThatThrownBy(() -> voting.cast(p, Stance.SUPPORT))
                    .isInstanceOfSatisfying(
                            AccessDeniedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.account.blocked"));
        } finally {
            account = accounts.findByUsername("fasilitator").orElseThrow();
            account.setBlocked(false);
            accounts.save(account);
        }
        assertThat(voting.tally(p).supportTotal()).isZero();
    }

    @Test
    void draftsCannotBeVotedOnAndUnknownProposalsAreNotFound() {
        signIn.as("kari");
        ProposalId draft = proposals.createDraft(BAERUM, new ProposalInput("Utkast", "", "BIKE_LANE", POINT));
        assertThatThrownBy(() -> voting.cast(draft, Stance.SUPPORT))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.vote.closed"));
        signIn.as("solkraft");
        assertThatThrownBy(() -> voting.cast(draft, Stance.SUPPORT))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.proposal.not-found"));
        assertThatThrownBy(() -> voting.cast(ProposalId.random(), Stance.SUPPORT))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void aMunicipalitySettingDecidesWhichStatesAreOpen() {
        VotingSettings settings = new VotingSettings(
                List.of(ProposalState.SUBMITTED), Map.of("alesund", List.of(ProposalState.ACCEPTED)));
        assertThat(settings.isOpen(BAERUM, ProposalState.SUBMITTED)).isTrue();
        assertThat(settings.isOpen(BAERUM, ProposalState.ACCEPTED)).isFalse();
        assertThat(settings.isOpen(MunicipalityId.of("alesund"), ProposalState.SUBMITTED))
                .isFalse();
        assertThat(settings.isOpen(MunicipalityId.of("alesund"), ProposalState.ACCEPTED))
                .isTrue();
    }
}
