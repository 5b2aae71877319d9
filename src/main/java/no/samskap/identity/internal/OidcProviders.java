package no.samskap.identity.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.samskap.identity.Assurance;
import no.samskap.identity.OidcSettings;
import no.samskap.identity.OidcSettings.Provider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The OpenID Connect providers in use, from {@code samskap.identity.oidc.providers} plus the demo's
 * test provider. A provider's discovery document is read when it is first used, not at start-up, so
 * an unreachable provider does not stop the application (and form login) from starting.
 */
public class OidcProviders implements ClientRegistrationRepository, Iterable<ClientRegistration> {

    /** Where the login page keeps the municipality the person was looking at, for a new account. */
    public static final String CHOSEN_MUNICIPALITY = "samskap.oidc.municipality";

    /** Where the person goes after signing in, when a page sent them (a path within the application). */
    public static final String RETURN_TO = "samskap.oidc.return-to";

    static final String REDIRECT = "{baseUrl}/login/oauth2/code/{registrationId}";

    private final Map<String, Provider> providers;
    private final Map<String, ClientRegistration> resolved = new ConcurrentHashMap<>();

    OidcProviders(OidcSettings settings, TestIdentityProvider testProvider) {
        Map<String, Provider> all = new LinkedHashMap<>(settings.providers());
        if (testProvider != null) {
            all.put(
                    TestIdentityProvider.ID,
                    new Provider(
                            OidcSettings.Kind.RESIDENTS,
                            "ID-porten",
                            testProvider.issuer(),
                            "samskap-demo",
                            "demo-secret",
                            List.of("openid", "profile"),
                            List.of("idporten-loa-substantial"),
                            Assurance.SUBSTANTIAL,
                            "pid",
                            "name",
                            "roles",
                            Map.of(),
                            null));
            resolved.put(TestIdentityProvider.ID, explicit(TestIdentityProvider.ID, all.get(TestIdentityProvider.ID)));
        }
        this.providers = Map.copyOf(all);
    }

    /** The demo's provider has known endpoints; no discovery needed. */
    private static ClientRegistration explicit(String id, Provider p) {
        String issuer = p.issuerUri();
        return ClientRegistration.withRegistrationId(id)
                .clientName(p.name())
                .clientId(p.clientId())
                .clientSecret(p.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(REDIRECT)
                .scope(p.scopes())
                .issuerUri(issuer)
                .authorizationUri(issuer + "/authorize")
                .tokenUri(issuer + "/token")
                .jwkSetUri(issuer + "/jwks")
                .userInfoUri(issuer + "/userinfo")
                .userNameAttributeName("sub")
                .build();
    }

    public boolean isEmpty() {
        return providers.isEmpty();
    }

    /** The providers by registration id, in the order configured. */
    public Map<String, Provider> providers() {
        return providers;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        Provider p = registrationId == null ? null : providers.get(registrationId);
        if (p == null) {
            return null;
        }
        return resolved.computeIfAbsent(
                registrationId,
                id -> ClientRegistrations.fromIssuerLocation(p.issuerUri())
                        .registrationId(id)
                        .clientName(p.name())
                        .clientId(p.clientId())
                        .clientSecret(p.clientSecret())
                        .redirectUri(REDIRECT)
                        .scope(p.scopes())
                        .build());
    }

    @Override
    public Iterator<ClientRegistration> iterator() {
        return providers.keySet().stream().map(this::findByRegistrationId).iterator();
    }
}
