package no.samskap.identity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import no.samskap.identity.OidcSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The demo's stand-in for ID-porten: a real OpenID Connect server on 127.0.0.1 whose sign-in page
 * takes any test person number and a level of assurance, and issues signed tokens with that
 * {@code acr}. It lets a new user try ID-porten sign-in without an agreement with Digdir. Never on in
 * production ({@code samskap.identity.oidc.test-provider.enabled}).
 */
public class TestIdentityProvider implements DisposableBean {

    /** The registration id it stands in for, and the issuer path on the server. */
    public static final String ID = "idporten";

    private static final Logger log = LoggerFactory.getLogger(TestIdentityProvider.class);

    private final MockOAuth2Server server;
    private final Path loginPage;

    TestIdentityProvider(OidcSettings.TestProvider settings) throws IOException {
        // The mock reads its sign-in page from a file; ours explains itself in three languages.
        loginPage = Files.createTempFile("samskap-test-login", ".html");
        try (InputStream page = TestIdentityProvider.class.getResourceAsStream("/oidc/test-login.html")) {
            Files.write(loginPage, page.readAllBytes());
        }
        server = new MockOAuth2Server(new OAuth2Config(
                true,
                loginPage.toString(),
                null,
                false,
                new OAuth2TokenProvider(),
                java.util.Set.of(),
                new MockWebServerWrapper()));
        server.start(InetAddress.getLoopbackAddress(), settings.port());
        log.info("Test identity provider (stands in for ID-porten) listening on {}", issuer());
    }

    /** The issuer, on the loopback address the application also reaches it by. */
    public String issuer() {
        return "http://127.0.0.1:" + server.baseUrl().port() + "/" + ID;
    }

    @Override
    public void destroy() throws IOException {
        server.shutdown();
        Files.deleteIfExists(loginPage);
    }
}
