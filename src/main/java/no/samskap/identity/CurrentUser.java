package no.samskap.identity;

import java.util.Optional;
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

    // The strategy bean (Vaadin's, which also looks in the Vaadin session) is the one method
    // security uses; the static holder can differ when several application contexts share a JVM.
    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
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
}
