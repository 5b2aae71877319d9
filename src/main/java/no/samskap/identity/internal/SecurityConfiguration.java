package no.samskap.identity.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import no.samskap.identity.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Form login for Vaadin views, method security for services, and login throttling. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                // Unknown addresses are let through to Vaadin below; other actuator endpoints never are.
                .requestMatchers("/actuator", "/actuator/**")
                .denyAll()
                .requestMatchers("/images/**", "/icons/**", "/styles/**", "/favicon.ico")
                .permitAll());
        http.headers(h -> h.contentTypeOptions(c -> {}).referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        // Vaadin 25 denies unknown addresses before its router sees them: a signed-in user got an empty
        // 403, a visitor the login page. Let them reach the router, which shows "Page not found";
        // every view still checks its own access annotations, every service its own rules.
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        c -> c.loginView(LoginView.class).anyRequest(any -> any.permitAll()))
                .build();
    }

    /** bcrypt by default, with the algorithm recorded in the hash so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(AccountRepository accounts, LoginThrottle throttle) {
        return username -> {
            String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
            if (throttle.isThrottled(key, clientAddress())) {
                throw new LockedException("throttled");
            }
            return accounts.findByUsername(key)
                    .map(Account::toPrincipal)
                    .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        };
    }

    static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "unknown";
    }
}
