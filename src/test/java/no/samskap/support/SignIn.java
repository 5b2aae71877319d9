package no.samskap.support;

import no.samskap.identity.internal.AccountRepository;
import no.samskap.identity.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Signs a demo account in for the current thread, as the login form would. */
@Component
public class SignIn {

    private final AccountRepository accounts;

    SignIn(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public SignedInUser as(String username) {
        SignedInUser user = accounts.findByUsername(username).orElseThrow().toPrincipal().withoutPassword();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public void out() {
        SecurityContextHolder.clearContext();
    }
}
