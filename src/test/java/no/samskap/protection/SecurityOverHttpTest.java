package no.samskap.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import no.samskap.identity.internal.LoginThrottle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a browser and a load balancer see: security headers, HTTPS recognised from the trusted
 * proxy, and failed logins counted by the client's real address behind it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Serves without a frontend build too; the headers do not depend on the bundle.
        properties = "vaadin.productionMode=true")
@ActiveProfiles({"test", "demo"})
class SecurityOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    ProtectionSettings settings;

    @Autowired
    Environment environment;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        // Any response through the security filters; health needs no frontend build.
        HttpResponse<String> page = get("/actuator/health");
        assertThat(page.statusCode()).isEqualTo(200);
        var headers = page.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).contains(settings.contentSecurityPolicy());
        assertThat(settings.contentSecurityPolicy()).contains("frame-ancestors 'none'", "object-src 'none'");
        assertThat(headers.firstValue("Permissions-Policy")).contains(settings.permissionsPolicy());
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        // Plain HTTP (a laptop run): no HSTS, and the session cookie is not marked Secure.
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
        HttpResponse<String> login = login("nobody", "wrong password", "203.0.113.8", false);
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").doesNotContain("Secure"));
    }

    @Test
    void stylesheetsAreCompressedButAnswersWithTokensAreNot() throws Exception {
        HttpRequest.Builder css = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/lumo/lumo.css"))
                .header("Accept-Encoding", "gzip");
        HttpResponse<byte[]> stylesheet = http.send(css.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Content-Encoding")).contains("gzip");
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(stylesheet.body()))) {
            byte[] plain = in.readAllBytes();
            // Lumo's stylesheet is some 230 KB; compressed it is a fraction of that.
            assertThat(stylesheet.body().length).isLessThan(plain.length / 4);
        }
        // JSON and pages may hold the session's tokens next to what users typed: never compressed (BREACH).
        HttpResponse<String> health = get("/actuator/health", "Accept-Encoding", "gzip");
        assertThat(health.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(environment.getProperty("server.compression.mime-types", "")).doesNotContain("json", "html");
    }

    @Test
    void httpsAtTheTrustedProxyTurnsOnHstsAndSecureCookies() throws Exception {
        HttpResponse<String> page = get("/actuator/health", "X-Forwarded-Proto", "https");
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(
                        v -> assertThat(v).contains("max-age=31536000").contains("includeSubDomains"));
        HttpResponse<String> login = login("nobody", "wrong password", "203.0.113.9", true);
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("Secure", "HttpOnly"));
        // The redirect stays on HTTPS, as the browser came.
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
    }

    @Test
    void failedLoginsCountByTheAddressTheProxyReports() throws Exception {
        String attacker = "198.51.100.23";
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> response = login("saksbehandler", "wrong-" + i, attacker, false);
            assertThat(response.statusCode())
                    .as("a failed login goes back to the form")
                    .isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
        }
        // The fourth failure makes the next attempt wait, from the attacker's address and (briefly) from others.
        assertThat(throttle.waitBefore("saksbehandler", attacker)).isPresent();
        assertThat(throttle.waitBefore("saksbehandler", "192.0.2.44"))
                .hasValueSatisfying(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(30)));
        // Nobody else's username is held back.
        assertThat(throttle.waitBefore("kari", attacker)).isEmpty();
    }

    private HttpResponse<String> login(String username, String password, String forwardedFor, boolean https)
            throws Exception {
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (https) {
            post.header("X-Forwarded-Proto", "https");
        }
        return http.send(post.build(), HttpResponse.BodyHandlers.ofString());
    }
}
