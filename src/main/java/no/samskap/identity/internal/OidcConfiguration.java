package no.samskap.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serial;
import java.util.Collection;
import java.util.Map;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.OidcSettings;
import no.samskap.identity.SignedInUser;
import no.samskap.shared.MunicipalityId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** OpenID Connect sign-in: the providers, the demo's test provider, and the account behind a sign-in. */
@Configuration
class OidcConfiguration {

    @Bean(destroyMethod = "destroy")
    @ConditionalOnBooleanProperty("samskap.identity.oidc.test-provider.enabled")
    TestIdentityProvider testIdentityProvider(OidcSettings settings) throws IOException {
        return new TestIdentityProvider(settings.testProvider());
    }

    @Bean
    OidcProviders oidcProviders(OidcSettings settings, ObjectProvider<TestIdentityProvider> testProvider) {
        return new OidcProviders(settings, testProvider.getIfAvailable());
    }

    /** Spring's OIDC user service, then our account for the person. */
    static OAuth2UserService<OidcUserRequest, OidcUser> userService(OidcSignIn signIn, CurrentUser currentUser) {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser person = standard.loadUser(request);
            SignedInUser user = signIn.signIn(
                    request.getClientRegistration().getRegistrationId(),
                    person,
                    currentUser.get(),
                    chosenMunicipality());
            return new SignedInPerson(person, user);
        };
    }

    private static MunicipalityId chosenMunicipality() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            HttpSession session = request.getSession(false);
            Object chosen = session == null ? null : session.getAttribute(OidcProviders.CHOSEN_MUNICIPALITY);
            if (chosen instanceof String id && !id.isBlank()) {
                try {
                    return MunicipalityId.of(id);
                } catch (IllegalArgumentException malformed) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The provider's person with the Samskap account they signed in as; replaced by that account at once. */
    record SignedInPerson(OidcUser person, SignedInUser user) implements OidcUser {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Map<String, Object> getClaims() {
            return person.getClaims();
        }

        @Override
        public OidcUserInfo getUserInfo() {
            return person.getUserInfo();
        }

        @Override
        public OidcIdToken getIdToken() {
            return person.getIdToken();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return person.getAttributes();
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return user.getAuthorities();
        }

        @Override
        public String getName() {
            return user.username();
        }
    }
}
