package no.samskap.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.UUID;
import no.samskap.identity.internal.LoginThrottledException;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import no.samskap.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;

/** Password sign-in: what the principal keeps, how a blocked user learns of it, changing one's password. */
class SignInTest extends UiTest {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    static final String PASSWORD = "grønn solrik fjord";

    @Autowired
    AuthenticationProvider provider;

    @Autowired
    AccountService accounts;

    private AccountSummary newResident() {
        String name = "r" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.register(
                new Registration(name, "Rune Testesen", name + "@example.org", BAERUM, Role.RESIDENT, null, PASSWORD),
                "10.77." + (int) (Math.random() * 250) + ".1");
    }

    private Authentication authenticate(String username, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void theSignedInPrincipalKeepsNoPasswordHash() {
        AccountSummary a = newResident();
        Authentication signedIn = authenticate(a.username(), PASSWORD);
        assertThat(signedIn.getPrincipal()).isInstanceOfSatisfying(SignedInUser.class, u -> {
            assertThat(u.id()).isEqualTo(a.id());
            assertThat(u.getPassword()).isEmpty();
            assertThat(u.passwordHash()).isEmpty();
        });
        assertThat(signedIn.getCredentials()).isNull();
    }

    @Test
    void aBlockedUserIsToldSoOnlyAfterTheRightPassword() {
        AccountSummary a = newResident();
        as("saksbehandler", () -> {
            accounts.setBlocked(a.id(), true);
            return null;
        });
        assertThatThrownBy(() -> authenticate(a.username(), "a wrong guess"))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authenticate(a.username(), PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void theLoginPageSaysBlockedOrHowLongToWait() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new DisabledException("blocked"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(i18n()).contains("Your account is blocked").contains("Contact the municipality");

        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION,
                        new org.springframework.security.authentication.InternalAuthenticationServiceException(
                                "throttled", new LoginThrottledException(Duration.ofMillis(7_500))));
        UI.getCurrent().navigate("register");
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(i18n()).contains("Too many failed logins for this username. Wait 8 seconds and try again.");

        UI.getCurrent().navigate("login", QueryParameters.of("expired", ""));
        assertThat(_get(
                                com.vaadin.flow.component.html.Paragraph.class,
                                spec -> spec.withText(
                                        "Your session has ended, so you have been signed out. Sign in again – everything you saved is kept."))
                        .isVisible())
                .isTrue();
    }

    @Test
    void aSignedInUserChangesTheirPasswordAfterGivingTheCurrentOne() {
        AccountSummary a = newResident();
        String fresh = "blå himmel over vannet";
        as(a.username(), () -> {
            assertRefused(
                    () -> accounts.changePassword("not mine", fresh, fresh), "current", "error.password.current-wrong");
            assertRefused(
                    () -> accounts.changePassword(PASSWORD, "qwertyuiop1", "qwertyuiop1"),
                    "password",
                    "error.password.weak");
            assertRefused(
                    () -> accounts.changePassword(PASSWORD, "rune-sitt-passord", "rune-sitt-passord"),
                    "password",
                    "error.password.contains-name");
            assertRefused(
                    () -> accounts.changePassword(PASSWORD, fresh, fresh + "x"), "repeat", "error.password.mismatch");
            accounts.changePassword(PASSWORD, fresh, fresh);
            return null;
        });
        assertThatThrownBy(() -> authenticate(a.username(), PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(authenticate(a.username(), fresh).getPrincipal())
                .isInstanceOfSatisfying(
                        SignedInUser.class, u -> assertThat(u.id()).isEqualTo(a.id()));
    }

    private static void assertRefused(Runnable change, String field, String key) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    // The form's i18n is not public; its texts reach the browser as the element's "i18n" property.
    private static String i18n() {
        return String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
    }
}
