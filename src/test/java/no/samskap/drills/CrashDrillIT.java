package no.samskap.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes as separate processes on one PostgreSQL database and one Hazelcast cluster on loopback.
 * Residents vote on both; node B is killed with SIGKILL in the middle of the burst and its voters
 * carry on at node A, as a load balancer would send them. Every vote a voter saw confirmed must be
 * in the database exactly once, every tally must equal its votes, node A must answer every request
 * throughout, B's visitors must leave presence within 20 s, and B must rejoin when restarted.
 */
@ExtendWith(DrillDatabase.class)
class CrashDrillIT {

    private static final String SCHEMA = "samskap_drill";
    private static final int VOTERS_PER_NODE = 8;
    private static final int PROPOSALS = 16;
    /** Node B dies once its voters have had this many votes confirmed. */
    private static final int KILL_AFTER_B_VOTES = 30;

    private Nodes nodes;

    @AfterEach
    void stop() throws InterruptedException {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void aKilledNodeLosesNoConfirmedVoteAndRejoins() throws Exception {
        DrillDatabase.recreate(SCHEMA);
        nodes = new Nodes(SCHEMA, "drill-" + UUID.randomUUID(), "127.0.0.1:5951,127.0.0.1:5952");
        AppNode a = nodes.node("crash-a", 18091, 5951).start();
        List<String> names = new ArrayList<>();
        IntStream.range(0, 2 * VOTERS_PER_NODE).forEach(i -> names.add("voter" + i));
        List<String> watchers = List.of("watcher0", "watcher1", "watcher2");
        names.addAll(watchers);
        names.addAll(List.of("observer", "rejoiner", "author"));
        Map<String, UUID> accounts = DrillDatabase.residents(SCHEMA, names);
        List<UUID> proposals = DrillDatabase.proposals(SCHEMA, accounts.get("author"), PROPOSALS + 1);
        UUID watched = proposals.getLast();
        List<UUID> voted = proposals.subList(0, PROPOSALS);
        Map<UUID, String> titles = DrillDatabase.titles(SCHEMA);
        AppNode b = nodes.node("crash-b", 18092, 5952).start();

        // Someone on A looks at a proposal that three people on B are looking at.
        VaadinClient observer = signedIn(a, "observer", watched);
        List<VaadinClient> onB = new ArrayList<>();
        for (String w : watchers) {
            onB.add(signedIn(b, w, watched));
        }
        ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
        heartbeats.scheduleAtFixedRate(() -> onB.forEach(CrashDrillIT::quietHeartbeat), 3, 3, TimeUnit.SECONDS);
        heartbeats.scheduleAtFixedRate(() -> quietHeartbeat(observer), 3, 3, TimeUnit.SECONDS);
        Awaitility.await("the observer on A sees B's visitors")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> presenceOf(observer).containsAll(List.of("Person watcher0", "Person watcher2")));

        // The burst: voters on both nodes; B is killed after some of its votes were confirmed.
        AtomicInteger confirmedOnB = new AtomicInteger();
        CountDownLatch killTime = new CountDownLatch(1);
        List<Voter> voters = new ArrayList<>();
        for (int i = 0; i < 2 * VOTERS_PER_NODE; i++) {
            boolean toB = i % 2 == 1;
            Voter voter = new Voter("voter" + i, rotated(voted, i), titles, ack -> {
                if (toB && confirmedOnB.incrementAndGet() == KILL_AFTER_B_VOTES) {
                    killTime.countDown();
                }
            });
            voter.connect(toB ? b.name() : a.name(), toB ? b.base() : a.base());
            voters.add(voter);
        }
        ExecutorService pool = Executors.newFixedThreadPool(voters.size());
        List<Future<?>> running = Voter.startAll(pool, voters, 0, (voter, e) -> {
            if (voter.node().equals(a.name())) {
                throw new AssertionError(voter.username() + " got no answer from node A", e);
            }
            voter.connect(a.name(), a.base()); // B is gone: the load balancer sends them to A
        });
        assertThat(killTime.await(120, TimeUnit.SECONDS))
                .as("B's voters had votes confirmed")
                .isTrue();
        long killedAt = System.nanoTime();
        b.kill();
        System.out.println(
                "DRILL crash: killed node B (SIGKILL) after " + confirmedOnB.get() + " confirmed votes there");

        // B's visitors leave the observer's page on A.
        Awaitility.await("B's visitors gone from presence on A")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> presenceOf(observer).stream().noneMatch(n -> n.startsWith("Person watcher")));
        double presenceGone = (System.nanoTime() - killedAt) / 1e9;

        Voter.Results results = Voter.awaitAll(voters, running);
        pool.shutdown();
        Set<Voter.Acknowledged> confirmed = results.acknowledged();
        List<Voter.Step> steps = results.steps();
        long aFailures = steps.stream()
                .filter(s -> s.node().equals(a.name()) && s.failed())
                .count();
        long slowestAfterKill = steps.stream()
                .filter(s -> s.node().equals(a.name()) && s.startNanos() + s.nanos() > killedAt)
                .mapToLong(Voter.Step::nanos)
                .max()
                .orElse(0);
        long bLost = steps.stream()
                .filter(s -> s.node().equals(b.name()) && s.failed())
                .count();

        // Every confirmed vote is stored once; every tally equals the votes it counts.
        int rows = DrillDatabase.assertVotesExact(SCHEMA, confirmed);
        // Everyone ended up supporting everything, those from B included (at A).
        assertThat(rows).isEqualTo(voters.size() * PROPOSALS);
        System.out.printf(
                "DRILL crash: %d votes confirmed, %d stored, each once; tallies equal votes; requests to A: %d,"
                        + " failed %d, slowest after the kill %.2f s; requests lost with B: %d;"
                        + " B's visitors gone from A's presence after %.1f s%n",
                confirmed.size(),
                rows,
                steps.stream().filter(st -> st.node().equals(a.name())).count(),
                aFailures,
                slowestAfterKill / 1e9,
                bLost,
                presenceGone);
        assertThat(aFailures).as("requests node A failed").isZero();
        assertThat(presenceGone).isLessThanOrEqualTo(20.0);

        // B comes back, joins the cluster, and what happens there shows on A again.
        AppNode b2 = nodes.node("crash-b", 18092, 5952).start();
        VaadinClient rejoiner = signedIn(b2, "rejoiner", watched);
        Awaitility.await("the observer on A sees a visitor on the restarted B")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> presenceOf(observer).contains("Person rejoiner"));
        assertThat(rejoiner.click("vote-support", "aria-pressed", "true")).isTrue();
        Awaitility.await("the observer on A sees the vote cast on the restarted B")
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> {
                            observer.poll();
                            return observer.textOfClass("samskap-tally").orElse("");
                        },
                        text -> text.startsWith("1 "));
        heartbeats.shutdownNow();
        System.out.println("DRILL crash: restarted B rejoined; its visitor and vote showed on A");
    }

    private static VaadinClient signedIn(AppNode node, String username, UUID proposal) throws Exception {
        VaadinClient client = new VaadinClient(node.base());
        assertThat(client.signIn(username, DrillDatabase.PASSWORD))
                .as(username + " signs in")
                .isTrue();
        client.open("proposals/" + proposal);
        return client;
    }

    /** The names the presence line on the client's page shows now. */
    private static List<String> presenceOf(VaadinClient client) throws Exception {
        client.poll();
        String line = client.textOfClass("samskap-presence-summary").orElse("");
        return List.of(line.replaceFirst("^[^:]*:\\s*", "").split(",\\s*"));
    }

    private static void quietHeartbeat(VaadinClient client) {
        try {
            client.heartbeat();
        } catch (Exception e) {
            // a watcher on the killed node has no one to tell
        }
    }

    private static List<UUID> rotated(List<UUID> list, int by) {
        List<UUID> out = new ArrayList<>(list);
        java.util.Collections.rotate(out, by);
        return out;
    }
}
