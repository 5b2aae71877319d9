package no.samskap.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.samskap.comments.CommentService;
import no.samskap.comments.CommentStance;
import no.samskap.identity.internal.OidcSignIn;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import no.samskap.voting.Stance;
import no.samskap.voting.VotingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Levels per action and municipality (the demo configuration: in Trondheim commenting needs a
 * confirmed address and voting ID-porten; in Bærum an account is enough), enforced in the services,
 * and tallies weighed by how sure Samskap is of the voters.
 */
@SamskapTest
class AssurancesTest {

    private static final MunicipalityId TRONDHEIM = MunicipalityId.of("trondheim");

    @Autowired
    AccountService accounts;

    @Autowired
    Assurances assurances;

    @Autowired
    ProposalService proposals;

    @Autowired
    CommentService comments;

    @Autowired
    VotingService voting;

    @Autowired
    OidcSignIn oidc;

    @Autowired
    SignIn signIn;

    @AfterEach
    void out() {
        signIn.out();
    }

    private ProposalId trondheimProposal() {
        signIn.as("marit");
        try {
            return proposals.createAndSubmit(
                    TRONDHEIM,
                    new ProposalInput(
                            "Sykkelhotell ved Solsiden",
                            "",
                            "BIKE_LANE",
                            "{\"type\":\"Point\",\"coordinates\":[10.41,63.434]}"));
        } finally {
            signIn.out();
        }
    }

    private static Requirement needed(Runnable action) {
        try {
            action.run();
        } catch (AssuranceRequired refused) {
            return refused.needed();
        }
        return null;
    }

    @Test
    void eachActionAsksForItsLevelAndTheOneStepThatGetsItIsEnough() {
        assertThat(assurances.required(GuardedAction.VOTE, TRONDHEIM)).isEqualTo(Requirement.SUBSTANTIAL);
        assertThat(assurances.required(GuardedAction.COMMENT, TRONDHEIM)).isEqualTo(Requirement.VERIFIED_EMAIL);
        assertThat(assurances.required(GuardedAction.VOTE, MunicipalityId.of("baerum")))
                .isEqualTo(Requirement.ACCOUNT);
        ProposalId p = trondheimProposal();
        accounts.register(
                new Registration(
                        "nivaa.trd",
                        "Nora Nivå",
                        "nivaa.trd@example.org",
                        TRONDHEIM,
                        Role.RESIDENT,
                        null,
                        "nordlys over byen"),
                "10.59.0.1",
                Locale.ENGLISH);
        SignedInUser password = signIn.as("nivaa.trd");

        assertThat(needed(() -> comments.post(p, null, CommentStance.FOR, "Gjerne!")))
                .isEqualTo(Requirement.VERIFIED_EMAIL);
        assertThat(needed(() -> voting.cast(p, Stance.SUPPORT))).isEqualTo(Requirement.SUBSTANTIAL);
        assertThat(voting.tally(p).supportTotal()).isZero();

        // A confirmed address is enough to comment, not to vote.
        accounts.confirmSeededEmail("nivaa.trd", Instant.now());
        assertThat(needed(() -> comments.post(p, null, CommentStance.FOR, "Gjerne!")))
                .isNull();
        assertThat(needed(() -> voting.cast(p, Stance.SUPPORT))).isEqualTo(Requirement.SUBSTANTIAL);

        // Signed in through ID-porten at substantial (linking the identity to this account), the vote counts.
        SignedInUser idPorten = oidc.signIn(
                "idporten",
                new DefaultOidcUser(
                        List.of(),
                        new OidcIdToken(
                                "token",
                                Instant.now(),
                                Instant.now().plusSeconds(60),
                                Map.of("sub", "07077012345", "acr", "idporten-loa-substantial"))),
                Optional.of(password),
                TRONDHEIM);
        assertThat(idPorten.assurance()).isEqualTo(Assurance.SUBSTANTIAL);
        signIn.as(idPorten);
        assertThat(needed(() -> voting.cast(p, Stance.SUPPORT))).isNull();
        assertThat(voting.tally(p).supportTotal()).isEqualTo(1);

        // Officials see the tally weighed: this one vote is by someone known through ID-porten.
        assertThat(voting.byAssurance(p)).containsExactly(1, 0, 0);
    }

    @Test
    void aPasswordSignInIsEnoughWhereTheMunicipalityAsksOnlyForAnAccount() {
        signIn.as("kari");
        assertThat(assurances.levelNow(signIn.principal("kari"))).isEqualTo(Requirement.VERIFIED_EMAIL);
        assertThat(needed(() -> assurances.require(GuardedAction.VOTE))).isNull();
    }
}
