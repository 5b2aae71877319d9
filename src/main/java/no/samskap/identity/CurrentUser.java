package no.samskap.identity;

import java.util.Optional;
import no.samskap.identity.internal.Account;
import no.samskap.identity.internal.AccountRepository;
import no.samskap.shared.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** The account behind the current request or UI access, if any. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy contexts;
    private final AccountRepository accounts;

    // The strategy bean (Vaadin's, which also looks in the Vaadin session) is the one method
    // security uses; the static holder can differ when several application contexts share a JVM.
    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> contexts, AccountRepository accounts) {
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.accounts = accounts;
    }

    public Optional<SignedInUser> get() {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user, or a refusal that tells the user to log in. */
    public SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("error.login-required"));
    }

    /**
     * The signed-in user who may write now. The block flag is read afresh, because the
     * session's copy is from login time and a moderator may have blocked the account since.
     */
    public SignedInUser requireWriter() {
        SignedInUser user = require();
        boolean blocked = accounts.findById(user.id().value()).map(Account::isBlocked).orElse(true);
        if (blocked) {
            throw new AccessDeniedException("error.account.blocked");
        }
        return user;
    }
}
