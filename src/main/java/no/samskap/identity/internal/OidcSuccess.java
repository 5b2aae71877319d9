package no.samskap.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.samskap.identity.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After a provider sign-in, the session holds the Samskap account like after a password sign-in, so
 * everything that asks who is signed in sees one kind of principal; then back to where the person was.
 */
class OidcSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    static boolean isLocal(String path) {
        return path.length() < 2000
                && !path.startsWith("/")
                && !path.contains("\\")
                && !path.contains("://")
                && path.chars().noneMatch(c -> c < 0x20);
    }

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof OidcConfiguration.SignedInPerson person) {
            SignedInUser user = person.user();
            UsernamePasswordAuthenticationToken signedIn =
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            signedIn.setDetails(authentication.getDetails());
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(signedIn);
            contexts.setContext(context);
            repository.saveContext(context, request, response);
            request.getSession().removeAttribute(OidcProviders.CHOSEN_MUNICIPALITY);
            Object returnTo = request.getSession().getAttribute(OidcProviders.RETURN_TO);
            request.getSession().removeAttribute(OidcProviders.RETURN_TO);
            // Only a path inside this application: never an address elsewhere (an open redirect).
            if (returnTo instanceof String path && isLocal(path)) {
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, "/" + path);
                return;
            }
            super.onAuthenticationSuccess(request, response, signedIn);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
