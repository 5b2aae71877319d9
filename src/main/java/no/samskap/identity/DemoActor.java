package no.samskap.identity;

import java.util.function.Supplier;
import no.samskap.identity.internal.AccountRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Lets demo data be made through the services as a demo account, so it passes the same checks as
 * anything a person does. Exists only with the demo profile.
 */
@Component
@Profile("demo")
public class DemoActor {

    private final AccountRepository accounts;

    DemoActor(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public <T> T as(String username, Supplier<T> work) {
        SignedInUser user =
                accounts.findByUsername(username).orElseThrow().toPrincipal().withoutPassword();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
