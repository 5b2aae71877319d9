package no.samskap.drills;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A signed-in resident who supports a list of proposals one after another, as fast as the server
 * answers, and remembers which votes the page confirmed (the support button shown as pressed in the
 * answer to the click). Used by the drills; the answer to a click is what a user sees.
 */
final class Voter {

    /** A vote the page confirmed: this account supports this proposal. */
    record Acknowledged(String username, UUID proposal, long atNanos) {}

    /** One request's outcome on a node, for latency and error counts. */
    record Step(String node, long startNanos, long nanos, boolean failed) {}

    /** How long a page may take to show after a navigation, live updates included. */
    private static final java.time.Duration PAGE_WAIT = java.time.Duration.ofSeconds(10);

    private final String username;
    private final List<UUID> proposals;
    private final Map<UUID, String> titles;
    private final Set<Acknowledged> acknowledged;
    private final List<Step> steps = Collections.synchronizedList(new ArrayList<>());
    private final Consumer<Acknowledged> onAck;
    private String giveUpOn = "\u0000";
    private VaadinClient client;
    private String node;
    private int next;

    Voter(String username, List<UUID> proposals, Map<UUID, String> titles, Consumer<Acknowledged> onAck) {
        this.username = username;
        this.proposals = proposals;
        this.titles = titles;
        this.onAck = onAck;
        this.acknowledged = ConcurrentHashMap.newKeySet();
    }

    /** Signs in on a node; a voter whose node died calls this with another one, as a load balancer would send it. */
    void connect(String nodeName, URI base) throws IOException {
        VaadinClient fresh = new VaadinClient(base);
        if (!fresh.signIn(username, DrillDatabase.PASSWORD)) {
            throw new IOException(username + " could not sign in on " + nodeName);
        }
        fresh.open("proposals/" + proposals.get(Math.min(next, proposals.size() - 1)));
        client = fresh;
        node = nodeName;
    }

    /** True while there are proposals left; the proposal whose answer was lost is tried again. */
    boolean hasNext() {
        return next < proposals.size();
    }

    /** Opens the next proposal and supports it; throws if the node did not answer. */
    void voteNext() throws IOException {
        UUID proposal = proposals.get(next);
        long start = System.nanoTime();
        boolean confirmed;
        client.forgetAnswerTexts();
        try {
            client.navigate("proposals/" + proposal);
            String heading = client.heading().orElse("");
            // The new view may come in a later answer, as in a browser: ask until it is there.
            String navigationAnswer = client.lastAnswerRaw();
            long until = System.nanoTime() + PAGE_WAIT.toNanos();
            while (!heading.equals(titles.get(proposal)) && System.nanoTime() < until && !wasTold(giveUpOn)) {
                client.poll();
                heading = client.heading().orElse("");
            }
            if (!heading.equals(titles.get(proposal))) {
                throw new IOException("opened " + proposal + " but the page shows '" + heading
                        + "'; the answer to the navigation was " + navigationAnswer);
            }
            // Confirmed as a user sees it: the answer to the click shows the button pressed.
            confirmed = client.click("vote-support", "aria-pressed", "true");
        } catch (IOException | RuntimeException e) {
            steps.add(new Step(node, start, System.nanoTime() - start, true));
            throw e;
        }
        long end = System.nanoTime();
        steps.add(new Step(node, start, end - start, !confirmed));
        if (!confirmed) {
            throw new IOException(username + "'s vote on " + proposal + " was not confirmed; the answer was "
                    + client.lastAnswerRaw());
        }
        Acknowledged ack = new Acknowledged(username, proposal, end);
        acknowledged.add(ack);
        onAck.accept(ack);
        next++;
    }

    /** A page showing this text instead of the proposal is an answer too: no use waiting for more. */
    void giveUpWaitingOn(String text) {
        this.giveUpOn = text;
    }

    /** True if the answers during the last attempt put this text on the page. */
    boolean wasTold(String text) {
        return client.answerTexts().stream().anyMatch(t -> t.contains(text));
    }

    String username() {
        return username;
    }

    String node() {
        return node;
    }

    Set<Acknowledged> acknowledged() {
        return acknowledged;
    }

    List<Step> steps() {
        synchronized (steps) {
            return List.copyOf(steps);
        }
    }

    /** What a group of voters saw, once they are all done. */
    record Results(Set<Acknowledged> acknowledged, List<Step> steps) {}

    /** Waits (bounded) for every voter's run to finish and gathers what they saw. */
    static Results awaitAll(List<Voter> voters, List<java.util.concurrent.Future<?>> running) throws Exception {
        for (java.util.concurrent.Future<?> f : running) {
            f.get(180, java.util.concurrent.TimeUnit.SECONDS);
        }
        Set<Acknowledged> acknowledged = new java.util.HashSet<>();
        List<Step> steps = new ArrayList<>();
        for (Voter v : voters) {
            acknowledged.addAll(v.acknowledged());
            steps.addAll(v.steps());
        }
        return new Results(acknowledged, steps);
    }

    /** What a drill does when a vote was not confirmed (throwing ends that voter's run). */
    interface OnFailure {
        void handle(Voter voter, Exception failure) throws Exception;
    }

    /** Each voter on a thread of the pool, voting until done, pausing between votes. */
    static List<java.util.concurrent.Future<?>> startAll(
            java.util.concurrent.ExecutorService pool, List<Voter> voters, long pauseMillis, OnFailure onFailure) {
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (Voter voter : voters) {
            running.add(pool.submit(() -> {
                while (voter.hasNext()) {
                    try {
                        voter.voteNext();
                    } catch (Exception e) {
                        onFailure.handle(voter, e);
                    }
                    if (pauseMillis > 0) {
                        Thread.sleep(pauseMillis); // the pace of the traffic, not a wait for anything
                    }
                }
                return null;
            }));
        }
        return running;
    }
}
