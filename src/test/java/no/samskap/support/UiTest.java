package no.samskap.support;

import static org.awaitility.Awaitility.await;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import no.samskap.identity.SignedInUser;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Views without a browser: the real application behind a mocked servlet, in English. */
@SamskapTest
public abstract class UiTest {

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected SignIn signIn;

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(
                UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("no.samskap"), context, UI::new));
        // The first view was made during setup, in the default language; make it again in English.
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().refreshCurrentRoute(true);
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        signIn.out();
    }

    /** Logs in for the UI too, so view access control sees the user. */
    protected void logIn(String username) {
        SignedInUser user = signIn.as(username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        request.setUserInRole((principal, role) -> user.role().name().equals(role));
    }

    /** Does something as another user on another thread, as another browser's request would. */
    protected <T> T as(String username, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            signIn.as(username);
            try {
                result.set(work.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                signIn.out();
            }
        });
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /**
     * Waits until the assertion holds in this UI, letting pushed updates in between as a browser
     * would. Polls on this thread: the mocked UI and its session live here.
     */
    protected static void untilShown(ThrowingRunnable assertion) {
        await().pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertion.run();
        });
    }
}
