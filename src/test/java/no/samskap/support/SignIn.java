package no.samskap.support;

import no.samskap.identity.SignedInUser;
import no.samskap.identity.internal.AccountRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Signs a demo account in for the current thread, as the login form would. */
@Component
public class SignIn {

    private final AccountRepository accounts;
    private final SecurityContextHolderStrategy contexts;

    SignIn(AccountRepository accounts, ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.accounts = accounts;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public SignedInUser as(String username) {
        return as(principal(username));
    }

    /** The principal the login form would put in the session, to sign in with again and again. */
    public SignedInUser principal(String username) {
        return accounts.findByUsername(username).orElseThrow().toPrincipal().withoutPassword();
    }

    public SignedInUser as(SignedInUser user) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        SecurityContextHolder.setContext(context);
        return user;
    }

    public void out() {
        contexts.clearContext();
        SecurityContextHolder.clearContext();
    }
}
