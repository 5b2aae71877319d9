package no.samskap.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import no.samskap.shared.MunicipalityId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sign-in through the demo's test identity provider, a real OpenID Connect server on loopback, the
 * way a browser goes: PKCE and acr_values in the request, the person's identifier kept only as a
 * keyed hash, one account per person, a linked password account, and a level too low refused.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Serves without a frontend build; sign-in is Spring Security's, not a view's.
        properties = "vaadin.productionMode=true")
@ActiveProfiles({"test", "demo"})
class IdPortenSignInTest {

    private static final String SUBSTANTIAL = "{\"acr\":\"idporten-loa-substantial\",\"amr\":[\"TestID\"]}";
    private static final String HIGH = "{\"acr\":\"idporten-loa-high\",\"amr\":[\"TestID\"]}";
    private static final String LOW = "{\"acr\":\"idporten-loa-low\",\"amr\":[\"TestID\"]}";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    /** One browser: its own cookies, redirects followed by hand so each step can be checked. */
    private final class Browser {
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        HttpResponse<String> get(String url) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String url, String form) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String app(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        /** Starts at "Sign in with ID-porten", signs in at the provider, and says where the app sent us. */
        String signIn(String person, String claims) throws Exception {
            HttpResponse<String> start = get(app("/oauth2/authorization/idporten"));
            assertThat(start.statusCode()).isEqualTo(302);
            String authorize = start.headers().firstValue("Location").orElseThrow();
            assertThat(authorize)
                    .startsWith("http://127.0.0.1:")
                    .contains("/idporten/authorize?")
                    .contains("code_challenge=", "code_challenge_method=S256", "nonce=", "state=")
                    .contains("acr_values=idporten-loa-substantial");
            HttpResponse<String> page = get(authorize);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Test sign-in", "name=\"username\"");
            HttpResponse<String> signedIn = post(
                    authorize,
                    "username=" + URLEncoder.encode(person, StandardCharsets.UTF_8) + "&claims="
                            + URLEncoder.encode(claims, StandardCharsets.UTF_8));
            assertThat(signedIn.statusCode()).isEqualTo(302);
            String callback = signedIn.headers().firstValue("Location").orElseThrow();
            assertThat(callback).startsWith(app("/login/oauth2/code/idporten?"));
            HttpResponse<String> back = get(callback);
            assertThat(back.statusCode()).isEqualTo(302);
            return back.headers().firstValue("Location").orElseThrow();
        }
    }

    private int identities() {
        return jdbc.queryForObject("select count(*) from account_identity", Integer.class);
    }

    private int accountCount() {
        return jdbc.queryForObject("select count(*) from account", Integer.class);
    }

    @Test
    void aPersonSignsInAtSubstantialAndTheSameAccountComesBackWithoutTheirNumberStored() throws Exception {
        int accountsBefore = accountCount();
        String landing = new Browser().signIn("01017012345", SUBSTANTIAL);
        assertThat(landing).doesNotContain("error");
        assertThat(accountCount()).isEqualTo(accountsBefore + 1);
        String account = jdbc.queryForObject(
                "select cast(a.id as varchar(36)) from account a join account_identity i on i.account_id = a.id"
                        + " order by i.linked_at desc limit 1",
                String.class);
        // Never the number itself, anywhere in the account or its identity.
        assertThat(jdbc.queryForObject(
                        "select count(*) from account_identity where subject_hash like '%01017012345%'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from account where username like '%01017012345%' or display_name like '%01017012345%'",
                        Integer.class))
                .isZero();

        // Again, from another browser and at a higher level: the same account, not a second one.
        int identitiesBefore = identities();
        assertThat(new Browser().signIn("01017012345", HIGH)).doesNotContain("error");
        assertThat(accountCount()).isEqualTo(accountsBefore + 1);
        assertThat(identities()).isEqualTo(identitiesBefore);
        assertThat(jdbc.queryForObject(
                        "select last_acr from account_identity where cast(account_id as varchar(36)) = ?",
                        String.class,
                        account))
                .isEqualTo("idporten-loa-high");
    }

    @Test
    void aLevelBelowSubstantialIsRefusedAndMakesNoAccount() throws Exception {
        int accountsBefore = accountCount();
        String landing = new Browser().signIn("02027012345", LOW);
        assertThat(landing).contains("/login?error");
        assertThat(accountCount()).isEqualTo(accountsBefore);
    }

    @Test
    void aPasswordAccountLinksItsIdPortenIdentityAndIsFoundByItNextTime() throws Exception {
        AccountSummary mine = accounts.register(
                new Registration(
                        "lenke.meg",
                        "Lena Lenke",
                        "lenke.meg@example.org",
                        MunicipalityId.of("baerum"),
                        Role.RESIDENT,
                        null,
                        "fire årstider i året"),
                "10.58.0.1",
                Locale.ENGLISH);
        Browser browser = new Browser();
        HttpResponse<String> login = browser.post(
                browser.app("/login"),
                "username=lenke.meg&password=" + URLEncoder.encode("fire årstider i året", StandardCharsets.UTF_8));
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        int accountsBefore = accountCount();

        assertThat(browser.signIn("03037012345", SUBSTANTIAL)).doesNotContain("error");
        assertThat(accountCount()).isEqualTo(accountsBefore);
        assertThat(jdbc.queryForObject(
                        "select count(*) from account_identity where account_id = ?",
                        Integer.class,
                        mine.id().value()))
                .isEqualTo(1);

        // Signing in with ID-porten alone now finds that account.
        assertThat(new Browser().signIn("03037012345", SUBSTANTIAL)).doesNotContain("error");
        assertThat(accountCount()).isEqualTo(accountsBefore);

        // The same electronic ID cannot be linked to a second account.
        Browser other = new Browser();
        other.post(other.app("/login"), "username=kari&password=samskap-demo");
        assertThat(other.signIn("03037012345", SUBSTANTIAL)).contains("/login?error");
    }
}
