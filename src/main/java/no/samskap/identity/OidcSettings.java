package no.samskap.identity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * OpenID Connect sign-in ({@code samskap.identity.oidc.*}): ID-porten for residents and any number
 * of officials' identity providers. Form login stays alongside.
 *
 * @param subjectKey the secret that keys the hash kept instead of a person's identifier (set it in
 *     production, e.g. from SAMSKAP_IDENTITY_OIDC_SUBJECTKEY; without it a key made on first use and
 *     kept in the database is used). It must never change: the same person would get a new account.
 * @param acrLevels what each {@code acr} value a provider returns counts as
 * @param providers the providers by registration id (the id is part of the callback address)
 * @param testProvider a real OpenID Connect server on loopback standing in for ID-porten (demo only)
 */
@ConfigurationProperties("samskap.identity.oidc")
public record OidcSettings(
        @DefaultValue("") String subjectKey,
        @DefaultValue({}) Map<String, Assurance> acrLevels,
        @DefaultValue({}) Map<String, Provider> providers,
        @DefaultValue TestProvider testProvider) {

    /** Who signs in through a provider: residents (ID-porten) or a municipality's officials. */
    public enum Kind {
        RESIDENTS,
        OFFICIALS
    }

    /**
     * One provider.
     *
     * @param kind residents or officials
     * @param name what the sign-in button calls it ("ID-porten", "Bærum kommune")
     * @param issuerUri the issuer; its discovery document is read on first use
     * @param clientId the client id registered with the provider
     * @param clientSecret the client secret (from the environment, never in a file in version control)
     * @param scopes the scopes asked for
     * @param acrValues the {@code acr_values} sent, e.g. idporten-loa-substantial
     * @param minimumAssurance the least level accepted; a lower {@code acr} is refused
     * @param identifierClaim the claim that identifies the person across sign-ins (ID-porten: pid);
     *     {@code sub} when the token has no such claim
     * @param nameClaim the claim with the person's name, if the provider gives one
     * @param roleClaim officials: the claim whose values map to roles
     * @param roles officials: claim value to role; a person with none of them is refused
     * @param municipality officials: the municipality the provider's people work for
     */
    public record Provider(
            @DefaultValue("RESIDENTS") Kind kind,
            @DefaultValue("ID-porten") String name,
            String issuerUri,
            String clientId,
            @DefaultValue("") String clientSecret,
            @DefaultValue({"openid", "profile"}) List<String> scopes,
            @DefaultValue({}) List<String> acrValues,
            @DefaultValue("SUBSTANTIAL") Assurance minimumAssurance,
            @DefaultValue("pid") String identifierClaim,
            @DefaultValue("name") String nameClaim,
            @DefaultValue("roles") String roleClaim,
            @DefaultValue({}) Map<String, Role> roles,
            String municipality) {}

    /**
     * The demo's stand-in for ID-porten: people type any test person number and pick a level.
     *
     * @param enabled on with the demo profile, never in production
     * @param port its port on 127.0.0.1; 0 picks a free one
     * @param tokenValidity how long its tokens are valid
     */
    public record TestProvider(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("0") int port,
            @DefaultValue("1h") Duration tokenValidity) {}
}
