package no.samskap.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import no.samskap.support.TestPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One node on PostgreSQL through a relay that the drill cuts for 10 s under light traffic, as when
 * the database server stops: everyone who acts meanwhile is told the database is out of reach (in
 * words, not an error reference), no confirmed vote is lost, and the same process serves votes
 * again once the database is back, without a restart.
 */
@ExtendWith(DrillDatabase.class)
class OutageDrillIT {

    private static final String SCHEMA = "samskap_outage";
    private static final int VOTERS = 4;
    private static final int PROPOSALS = 20;
    private static final long OUTAGE_MILLIS = 10_000;
    /** The outage starts once this many votes were confirmed. */
    private static final int CUT_AFTER_VOTES = 12;
    /** Light traffic: each resident pauses this long between actions. */
    private static final long PAUSE_MILLIS = 250;

    private AppNode node;
    private CuttableProxy proxy;

    @AfterEach
    void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void usersAreToldAndNothingConfirmedIsLostWhileTheDatabaseIsAway() throws Exception {
        DrillDatabase.recreate(SCHEMA);
        URI server = URI.create(TestPostgres.URL.substring("jdbc:".length()));
        proxy = new CuttableProxy(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort());
        String viaProxy = TestPostgres.urlFor(SCHEMA)
                .replace(
                        "//" + server.getHost() + (server.getPort() < 0 ? "" : ":" + server.getPort()) + "/",
                        "//127.0.0.1:" + proxy.port() + "/");
        List<String> args = new ArrayList<>(DrillDatabase.nodeArguments(SCHEMA));
        args.replaceAll(a -> a.startsWith("--spring.datasource.url=") ? "--spring.datasource.url=" + viaProxy : a);
        args.add("--samskap.live.cluster-name=outage-" + UUID.randomUUID());
        args.add("--samskap.live.port=5953");
        args.add("--samskap.live.members=127.0.0.1:5953");
        node = new AppNode("outage", 18093, args).start();
        long pid = node.pid();

        List<String> names = new ArrayList<>();
        IntStream.range(0, VOTERS).forEach(i -> names.add("resident" + i));
        names.add("author");
        Map<String, UUID> accounts = DrillDatabase.residents(SCHEMA, names);
        List<UUID> proposals = DrillDatabase.proposals(SCHEMA, accounts.get("author"), PROPOSALS);
        Map<UUID, String> titles = DrillDatabase.titles(SCHEMA);
        String unavailable = bokmal("error.unavailable");

        AtomicInteger confirmed = new AtomicInteger();
        CountDownLatch cutTime = new CountDownLatch(1);
        AtomicLong restoredAt = new AtomicLong(Long.MAX_VALUE);
        AtomicLong firstVoteAfterRestore = new AtomicLong(Long.MAX_VALUE);
        List<Voter> voters = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            List<UUID> mine = new ArrayList<>(proposals);
            Collections.rotate(mine, i * 5);
            Voter voter = new Voter(names.get(i), mine, titles, ack -> {
                if (confirmed.incrementAndGet() == CUT_AFTER_VOTES) {
                    cutTime.countDown();
                }
                if (ack.atNanos() > restoredAt.get()) {
                    firstVoteAfterRestore.accumulateAndGet(ack.atNanos(), Math::min);
                }
            });
            voter.giveUpWaitingOn(unavailable);
            voter.connect(node.name(), node.base());
            voters.add(voter);
        }

        // Attempts that failed, and whether the page told the user why.
        AtomicInteger told = new AtomicInteger();
        List<String> untold = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(VOTERS);
        List<Future<?>> running = Voter.startAll(pool, voters, PAUSE_MILLIS, (voter, e) -> {
            if (voter.wasTold(unavailable)) {
                told.incrementAndGet();
            } else {
                untold.add(voter.username() + ": " + e.getMessage());
            }
        });

        assertThat(cutTime.await(120, TimeUnit.SECONDS))
                .as("votes before the outage")
                .isTrue();
        long cutAt = System.nanoTime();
        proxy.cut();
        System.out.println("DRILL outage: database cut off after " + confirmed.get() + " confirmed votes");
        // The outage lasts its ten seconds and, however slow the machine, until users have met it.
        Awaitility.await("the outage, met by users")
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> System.nanoTime() - cutAt >= OUTAGE_MILLIS * 1_000_000L && told.get() > 0);
        proxy.restore();
        restoredAt.set(System.nanoTime());
        int confirmedBeforeRestore = confirmed.get();

        Voter.Results results = Voter.awaitAll(voters, running);
        pool.shutdown();
        Set<Voter.Acknowledged> acknowledged = results.acknowledged();
        List<Voter.Step> steps = results.steps();
        long slowestDuringOutage = steps.stream()
                .filter(s -> s.startNanos() + s.nanos() > cutAt && s.startNanos() < restoredAt.get())
                .mapToLong(Voter.Step::nanos)
                .max()
                .orElse(0);

        int rows = DrillDatabase.assertVotesExact(SCHEMA, acknowledged);
        assertThat(rows).isEqualTo(VOTERS * PROPOSALS);
        System.out.printf(
                "DRILL outage: %d s without the database; %d attempts meanwhile told 'database out of reach',"
                        + " %d failed otherwise; slowest answer during the outage %.2f s; %d votes confirmed"
                        + " before the database came back, first vote after it %.2f s later; %d confirmed, %d"
                        + " stored, each once; tallies equal votes; same process (pid %d) throughout%n",
                OUTAGE_MILLIS / 1000,
                told.get(),
                untold.size(),
                slowestDuringOutage / 1e9,
                confirmedBeforeRestore,
                (firstVoteAfterRestore.get() - restoredAt.get()) / 1e9,
                acknowledged.size(),
                rows,
                pid);
        assertThat(untold).as("failures the user was not told the reason of").isEmpty();
        assertThat(told.get())
                .as("attempts during the outage that told the user")
                .isPositive();
        assertThat(slowestDuringOutage / 1e9)
                .as("a user waits at most the pool's timeout and then some")
                .isLessThan(8.0);
        assertThat(node.pid()).isEqualTo(pid);
        assertThat(node.healthy()).as("healthy again, database included").isTrue();
    }

    private static String bokmal(String key) throws Exception {
        Properties messages = new Properties();
        try (InputStream in = OutageDrillIT.class.getResourceAsStream("/messages_nb.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages.getProperty(key);
    }
}
