package no.samskap.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import no.samskap.identity.IdentitySettings;
import no.samskap.identity.SignedInUser;
import no.samskap.protection.SecurityLog;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session once it is older than {@code samskap.identity.max-session-age}, however
 * active it is. (Idle sessions are closed by Vaadin itself: heartbeats do not count as activity.)
 * The browser's next request finds no session, and Vaadin sends it to the login page.
 */
@Component
// Before Spring Security reads the session, so an expired sign-in is not used for this request either.
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
class SessionAgeFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "samskap.signed-in-at";

    private final IdentitySettings settings;
    private final Clock clock;
    private final SecurityLog log;

    SessionAgeFilter(IdentitySettings settings, Clock clock, SecurityLog log) {
        this.settings = settings;
        this.clock = clock;
        this.log = log;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            SignedInUser user = signedIn(session);
            if (user != null) {
                long now = clock.millis();
                Object since = session.getAttribute(SIGNED_IN_AT);
                if (!(since instanceof Long signedInAt)) {
                    session.setAttribute(SIGNED_IN_AT, now);
                } else if (now - signedInAt > settings.maxSessionAge().toMillis()) {
                    log.recordFrom(
                            SecurityLog.Event.SESSION_EXPIRED,
                            user.id().value().toString(),
                            request.getRemoteAddr(),
                            "reason",
                            "max-age");
                    try {
                        session.invalidate();
                    } catch (IllegalStateException alreadyInvalid) {
                        // Another request of the same browser ended it first.
                    }
                    if (isPageLoad(request)) {
                        // A page typed or reloaded: straight to the login page that says why, as
                        // Vaadin does for a tab that was already open.
                        response.sendRedirect(request.getContextPath() + "/login?expired");
                        return;
                    }
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** A browser asking for a page, not one of Vaadin's own requests (UIDL, heartbeat, push, files). */
    static boolean isPageLoad(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod())
                && request.getParameter("v-r") == null
                && !path.startsWith("/VAADIN/")
                && !path.contains(".");
    }

    private static SignedInUser signedIn(HttpSession session) {
        try {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            if (context instanceof SecurityContext securityContext) {
                Authentication authentication = securityContext.getAuthentication();
                if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
                    return user;
                }
            }
        } catch (IllegalStateException invalidated) {
            // The session ended while this request was on its way.
        }
        return null;
    }
}
