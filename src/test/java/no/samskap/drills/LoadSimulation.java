package no.samskap.drills;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A realistic mix of what residents do, through the same requests a browser sends: sign in, look at
 * the map (whole municipality, a district, a street), open a proposal, vote on it, open another,
 * and every fourth resident writes a comment. Each step is checked as a user would see it (the map
 * answered, the heading is the proposal's title, the support button is pressed, the comment shows)
 * and counts as an error otherwise. Settings come as system properties from {@link LoadBenchmark}:
 * {@code load.bases} (nodes, one per resident in turn, as a sticky load balancer does),
 * {@code load.rate} (residents arriving per second), {@code load.seconds}, {@code load.users}
 * (how many accounts {@code load0…} exist) and {@code load.proposals} (a file of proposal ids).
 */
public class LoadSimulation extends Simulation {

    private static final String UIDL = "/?v-r=uidl&v-uiId=0";
    private static final String PAGE = "page";
    // Bærum: the whole municipality at zoom 11, a district at 14, a street at 17.
    private static final double[][] VIEWS = {
        {59.83, 10.35, 60.05, 10.65, 11}, {59.89, 10.49, 59.92, 10.54, 14}, {59.903, 10.505, 59.906, 10.511, 17}
    };

    public LoadSimulation() throws IOException {
        List<String> bases = Arrays.asList(System.getProperty("load.bases").split(","));
        double rate = Double.parseDouble(System.getProperty("load.rate"));
        int seconds = Integer.getInteger("load.seconds");
        int users = Integer.getInteger("load.users");
        Map<String, String> titles = LoadBenchmark.titles(Path.of(System.getProperty("load.proposals")));
        List<String> proposals = List.copyOf(titles.keySet());
        AtomicInteger next = new AtomicInteger();
        Iterator<Map<String, Object>> residents = Stream.generate(() -> {
                    int i = next.getAndIncrement() % users;
                    String first = proposals.get(ThreadLocalRandom.current().nextInt(proposals.size()));
                    String second = proposals.get(ThreadLocalRandom.current().nextInt(proposals.size()));
                    return Map.<String, Object>of(
                            "username", "load" + i, "first", first, "second", second, "writes", i % 4 == 0);
                })
                .iterator();

        HttpProtocolBuilder protocol = http.baseUrls(bases)
                .disableFollowRedirect()
                .acceptLanguageHeader("nb-NO,nb;q=0.9")
                .userAgentHeader("Samskap load simulation");

        ScenarioBuilder resident = scenario("resident")
                .feed(residents)
                .exec(session -> session.set(PAGE, new VaadinPage()))
                .exec(http("login page")
                        .get("/login")
                        .check(
                                status().is(200),
                                regex(VaadinClient.CSRF_META.pattern()).saveAs("csrf")))
                .exec(http("sign in")
                        .post("/login")
                        .formParam("username", "#{username}")
                        .formParam("password", DrillDatabase.PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        .check(
                                status().is(302),
                                header("Location")
                                        .transform(location -> !location.contains("login"))
                                        .is(true)))
                .exec(http("app page").get("/").check(status().is(200)))
                .exec(http("open app")
                        .get("/?v-r=init&location=&query=")
                        .check(
                                status().is(200),
                                bodyString()
                                        .transformWithSession((body, session) -> {
                                            page(session).init(body);
                                            return true;
                                        })
                                        .is(true)))
                .exec(uidl("map", s -> page(s).navigate(""), (p, s) -> p.hasTag("samskap-map")))
                .exec(views())
                .pause(Duration.ofMillis(500), Duration.ofMillis(1500))
                .exec(proposal("open proposal", "first", titles))
                .exec(uidl(
                        "vote",
                        s -> page(s).click("vote-support"),
                        (p, s) -> p.attribute("vote-support", "aria-pressed")
                                .filter("true"::equals)
                                .isPresent()))
                .exec(http("heartbeat").post("/?v-r=heartbeat&v-uiId=0").check(status().is(200)))
                .pause(Duration.ofMillis(500), Duration.ofMillis(1500))
                .exec(proposal("open another proposal", "second", titles))
                .doIf("#{writes}")
                .then(exec(session -> session.set(
                                "comment",
                                "Lasttest "
                                        + Long.toString(
                                                ThreadLocalRandom.current().nextLong(), 36)))
                        .exec(uidl(
                                "type comment",
                                s -> page(s).type("comment-body", s.getString("comment")),
                                (p, s) -> true))
                        .exec(uidl(
                                "post comment",
                                s -> {
                                    page(s).forgetAnswerTexts();
                                    return page(s).click("comment-post");
                                },
                                // the new comment shows in the thread
                                (p, s) -> p.answerTexts().stream().anyMatch(t -> t.contains(s.getString("comment"))))));

        setUp(resident.injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(seconds))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(seconds + 120L));
    }

    private static VaadinPage page(Session session) {
        return (VaadinPage) session.get(PAGE);
    }

    /** Pans and zooms as someone exploring: whole municipality, a district, a street. */
    private static ChainBuilder views() {
        ChainBuilder chain = exec(session -> session);
        for (double[] v : VIEWS) {
            chain = chain.exec(uidl(
                    "map view zoom " + (int) v[4],
                    s -> page(s).fire(
                                    "samskap-map",
                                    "samskap-viewport",
                                    Map.of(
                                            "event.detail.south", v[0],
                                            "event.detail.west", v[1],
                                            "event.detail.north", v[2],
                                            "event.detail.east", v[3],
                                            "event.detail.zoom", (int) v[4],
                                            "event.detail.byUser", true)),
                    (p, s) -> true));
        }
        return chain;
    }

    /** Opens the proposal whose id is in the session under this key; its title must be the heading. */
    private static ChainBuilder proposal(String name, String key, Map<String, String> titles) {
        return uidl(
                name,
                s -> page(s).navigate("proposals/" + s.getString(key)),
                (p, s) -> titles.get(s.getString(key)).equals(p.heading().orElse("")));
    }

    /** One message of the page to the server, its answer applied, and what the user must then see. */
    private static ChainBuilder uidl(
            String name, Function<Session, String> message, BiPredicate<VaadinPage, Session> then) {
        return exec(http(name)
                .post(UIDL)
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(message::apply))
                .check(
                        status().is(200),
                        bodyString()
                                .transformWithSession((body, session) -> {
                                    VaadinPage page = page(session);
                                    page.answer(body);
                                    return !page.sessionExpired() && then.test(page, session);
                                })
                                .is(true)));
    }
}
