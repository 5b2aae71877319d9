package no.samskap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samskap.live.Visitor;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** "Show me as present": off, others see an anonymous visitor where the person is. */
@SamskapTest
class PresenceChoiceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void turnedOffOthersSeeAVisitorWhoStillCountsOnceAndTheChoiceLastsBeyondTheSession() {
        AccountSummary account = accounts.register(
                new Registration(
                        "skjult",
                        "Sigrid Skjult",
                        "skjult@example.org",
                        MunicipalityId.of("baerum"),
                        Role.RESIDENT,
                        null,
                        "stille vann i fjorden"),
                "10.78.0.1");
        signIn.as("skjult");
        assertThat(currentUser.visitor())
                .isEqualTo(new Visitor("account:" + account.id().value(), "Sigrid Skjult", false));

        accounts.showPresence(false);
        Visitor hidden = currentUser.visitor();
        assertThat(hidden.isAnonymous()).isTrue();
        assertThat(hidden.displayName()).isNull();
        // The same id in every tab, so the person is one visitor, not one per tab.
        assertThat(hidden.id()).isEqualTo("account:" + account.id().value());

        // A later sign-in reads the choice from the account.
        signIn.out();
        signIn.as("skjult");
        assertThat(currentUser.visitor().isAnonymous()).isTrue();

        accounts.showPresence(true);
        assertThat(currentUser.visitor().displayName()).isEqualTo("Sigrid Skjult");
        signIn.out();
        signIn.as("skjult");
        assertThat(currentUser.visitor().displayName()).isEqualTo("Sigrid Skjult");
    }

    @Test
    void onlyASignedInPersonHasTheChoice() {
        assertThatThrownBy(() -> accounts.showPresence(false))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }
}
