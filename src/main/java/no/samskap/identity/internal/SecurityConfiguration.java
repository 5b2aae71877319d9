package no.samskap.identity.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Locale;
import java.util.function.Consumer;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.SignedInUser;
import no.samskap.identity.ui.LoginView;
import no.samskap.protection.ClientAddress;
import no.samskap.protection.ProtectionSettings;
import no.samskap.protection.SecurityLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** Form login for Vaadin views, method security for services, security headers and login throttling. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ProtectionSettings protection,
            OidcProviders oidcProviders,
            OidcSignIn oidcSignIn,
            CurrentUser currentUser)
            throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                // Unknown addresses are let through to Vaadin below; other actuator endpoints never are.
                .requestMatchers("/actuator", "/actuator/**")
                .denyAll()
                .requestMatchers("/images/**", "/icons/**", "/styles/**", "/favicon.ico")
                .permitAll()
                // RFC 8058 one-click unsubscribe from a mail program: no session, a signed token.
                .requestMatchers(HttpMethod.POST, "/mail/one-click")
                .permitAll());
        http.csrf(c -> c.ignoringRequestMatchers("/mail/one-click"));
        // HSTS is written only on requests that arrived over HTTPS (directly or per the trusted proxy).
        http.headers(h -> h.contentTypeOptions(c -> {})
                // The tile server needs to know which site asks (OpenStreetMap's usage policy); paths stay private.
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(f -> f.deny())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                        .maxAgeInSeconds(protection.hstsMaxAge().toSeconds()))
                .contentSecurityPolicy(csp -> csp.policyDirectives(protection.contentSecurityPolicy()))
                .permissionsPolicyHeader(p -> p.policy(protection.permissionsPolicy()))
                // Written before the request runs: Vaadin writes its pages on a response the
                // write-on-commit wrapper does not see, and they went out without these headers.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        if (!oidcProviders.isEmpty()) {
            http.oauth2Login(o -> o.loginPage("/login")
                    .clientRegistrationRepository(oidcProviders)
                    .authorizationEndpoint(a -> a.authorizationRequestResolver(authorizationRequests(oidcProviders)))
                    .userInfoEndpoint(u -> u.oidcUserService(OidcConfiguration.userService(oidcSignIn, currentUser)))
                    .successHandler(new OidcSuccess())
                    .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error&provider")));
        }
        // Vaadin 25 denies unknown addresses before its router sees them: a signed-in user got an empty
        // 403, a visitor the login page. Let them reach the router, which shows "Page not found";
        // every view still checks its own access annotations, every service its own rules.
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        c -> c.loginView(LoginView.class).anyRequest(any -> any.permitAll()))
                .build();
    }

    /**
     * Authorization requests with PKCE (ID-porten requires it, also of confidential clients) and the
     * provider's {@code acr_values}.
     */
    private static OAuth2AuthorizationRequestResolver authorizationRequests(OidcProviders providers) {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                providers, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        Consumer<OAuth2AuthorizationRequest.Builder> pkce = OAuth2AuthorizationRequestCustomizers.withPkce();
        resolver.setAuthorizationRequestCustomizer(builder -> {
            pkce.accept(builder);
            builder.attributes(attributes -> {
                var provider =
                        providers.providers().get(String.valueOf(attributes.get(OAuth2ParameterNames.REGISTRATION_ID)));
                if (provider != null && !provider.acrValues().isEmpty()) {
                    builder.additionalParameters(p -> p.put("acr_values", String.join(" ", provider.acrValues())));
                }
            });
        });
        return resolver;
    }

    /** bcrypt by default, with the algorithm recorded in the hash so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Finds the account for a login, unless its username or the client's address must wait first. */
    static UserDetailsService userDetailsService(AccountRepository accounts, LoginThrottle throttle, SecurityLog log) {
        return username -> {
            String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
            String address = ClientAddress.current();
            var wait = throttle.waitBefore(key, address);
            if (wait.isPresent()) {
                LoginThrottledException throttled = new LoginThrottledException(wait.get());
                log.recordFrom(
                        SecurityLog.Event.LOGIN_THROTTLED,
                        null,
                        address,
                        "username",
                        LoginEvents.shorten(key),
                        "waitSeconds",
                        // the same whole seconds the user is told (rounded up, not down to 0)
                        throttled.waitSeconds());
                throw throttled;
            }
            return accounts.findByUsername(key)
                    .map(Account::toPrincipal)
                    .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        };
    }

    /**
     * Password login that checks the block only after the password (so a guess does not learn
     * that an account is blocked), says "blocked" rather than "wrong password" to its owner, and
     * keeps no password hash in the signed-in principal.
     */
    @Bean
    AuthenticationProvider authenticationProvider(
            AccountRepository accounts, LoginThrottle throttle, SecurityLog log, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider =
                new DaoAuthenticationProvider(userDetailsService(accounts, throttle, log)) {
                    @Override
                    protected Authentication createSuccessAuthentication(
                            Object principal, Authentication authentication, UserDetails user) {
                        Object clean =
                                principal instanceof SignedInUser signedIn ? signedIn.withoutPassword() : principal;
                        Authentication done = super.createSuccessAuthentication(clean, authentication, user);
                        // Neither the hash nor the typed password stays in the session.
                        UsernamePasswordAuthenticationToken result =
                                UsernamePasswordAuthenticationToken.authenticated(clean, null, done.getAuthorities());
                        result.setDetails(done.getDetails());
                        return result;
                    }
                };
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(user -> {
            if (user instanceof SignedInUser signedIn && signedIn.blocked()) {
                throw new DisabledException("blocked");
            }
        });
        return provider;
    }
}
