package no.samskap.identity;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import java.util.UUID;
import no.samskap.live.Visitor;
import no.samskap.protection.Limit;
import no.samskap.protection.RateLimits;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.MunicipalityId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** The account behind the current request or UI access, if any. */
@Component
public class CurrentUser {

    private static final String ANONYMOUS_KEY = "samskap.anonymous-visitor";

    private final SecurityContextHolderStrategy contexts;
    private final JdbcClient db;
    private final RateLimits limits;

    // The strategy bean (Vaadin's, which also looks in the Vaadin session) is the one method
    // security uses; the static holder can differ when several application contexts share a JVM.
    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> contexts, JdbcClient db, RateLimits limits) {
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.db = db;
        this.limits = limits;
    }

    public Optional<SignedInUser> get() {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** Puts an updated principal (e.g. a corrected name) into the current security context. */
    public void replace(SignedInUser updated) {
        Authentication current = contexts.getContext().getAuthentication();
        if (current != null && current.getPrincipal() instanceof SignedInUser) {
            var replaced =
                    org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                            updated, null, current.getAuthorities());
            replaced.setDetails(current.getDetails());
            contexts.getContext().setAuthentication(replaced);
        }
    }

    /**
     * How others see this user in presence lists: by name, or as an anonymous visitor of this browser
     * session, or (when they turned "Show me as present" off) as an anonymous visitor who still counts
     * once across their tabs.
     */
    public Visitor visitor() {
        return get().map(
                        u -> new Visitor("account:" + u.id().value(), u.hidePresence() ? null : u.displayName(), false))
                .orElseGet(() -> Visitor.anonymous(anonymousKey()));
    }

    private static String anonymousKey() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return UUID.randomUUID().toString();
        }
        // A random key rather than the session id, which must never leave the server.
        Object key = session.getAttribute(ANONYMOUS_KEY);
        if (key == null) {
            key = UUID.randomUUID().toString();
            session.setAttribute(ANONYMOUS_KEY, key);
        }
        return key.toString();
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
        // One narrow query rather than the account entity: this runs on every write, votes included.
        boolean blocked = db.sql("select blocked from account where id = ?")
                .param(user.id().value())
                .query(Boolean.class)
                .optional()
                .orElse(true);
        if (blocked) {
            throw new AccessDeniedException("error.account.blocked");
        }
        return user;
    }

    /**
     * The signed-in writer who is an official of the municipality (or an administrator); others are
     * refused with the given message.
     */
    public SignedInUser requireOfficialOf(MunicipalityId municipality, String deniedMessageKey) {
        SignedInUser user = requireWriter();
        if (!user.isOfficialOf(municipality)) {
            throw new AccessDeniedException(deniedMessageKey);
        }
        return user;
    }

    /** Whether the signed-in user is an official of the municipality (or an administrator). */
    public boolean isOfficialOf(MunicipalityId municipality) {
        return get().filter(u -> u.isOfficialOf(municipality)).isPresent();
    }

    /**
     * The signed-in user with allowance left for this action, without looking up whether the
     * account is blocked: for a write that checks the block in its own statement (a vote on
     * PostgreSQL). Everything else uses {@link #requireWriter(Limit)}.
     */
    public SignedInUser requireAllowanceCheckingBlockItself(Limit action) {
        SignedInUser user = require();
        limits.consume(action, "account:" + user.id().value());
        return user;
    }

    /**
     * The signed-in user who may write now and has allowance left for this action; the allowance
     * is counted per account across the cluster.
     */
    public SignedInUser requireWriter(Limit action) {
        SignedInUser user = requireWriter();
        limits.consume(action, "account:" + user.id().value());
        return user;
    }
}
