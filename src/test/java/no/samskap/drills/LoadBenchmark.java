package no.samskap.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The load benchmark: {@link LoadSimulation} (Gatling) against one node, then two, both built jars
 * on PostgreSQL with Hazelcast on loopback. The arrival rate of residents steps up until a step has
 * an error; the highest rate without one and its 95th percentile are the result. Not part of the
 * build (the name does not end in IT); run it as docs/benchmarks.md says. Each step is bounded:
 * {@code load.seconds} (30) of arrivals, then at most two minutes for the last residents to finish.
 */
@ExtendWith(DrillDatabase.class)
class LoadBenchmark {

    private static final String SCHEMA = "samskap_load";
    private static final int USERS = 400;
    private static final int PROPOSALS = 300;
    private static final Path RESULTS = Path.of("target", "gatling");
    private static final Path PROPOSAL_FILE = Path.of("target", "load", "proposals.tsv");

    private Nodes nodes;

    /** One step's figures, from Gatling's report. */
    record Step(double rate, long requests, long errors, long p95, long p99, double requestsPerSecond) {}

    @AfterEach
    void stop() throws InterruptedException {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void residentsOnOneNodeThenTwo() throws Exception {
        DrillDatabase.recreate(SCHEMA);
        nodes = new Nodes(SCHEMA, "load-" + UUID.randomUUID(), "127.0.0.1:5956,127.0.0.1:5957");
        AppNode a = nodes.node("load-a", 18096, 5956).start();
        List<String> names = new ArrayList<>();
        IntStream.range(0, USERS).forEach(i -> names.add("load" + i));
        names.add("author");
        Map<String, UUID> accounts = DrillDatabase.residents(SCHEMA, names);
        DrillDatabase.proposals(SCHEMA, accounts.get("author"), PROPOSALS);
        Files.createDirectories(PROPOSAL_FILE.getParent());
        List<String> lines = new ArrayList<>();
        DrillDatabase.titles(SCHEMA).forEach((id, title) -> lines.add(id + "\t" + title));
        Files.write(PROPOSAL_FILE, lines);

        Step one = climb("one node", List.of(a));
        AppNode b = nodes.node("load-b", 18097, 5957).start();
        Step two = climb("two nodes", List.of(a, b));
        assertThat(one).as("one node carried the lowest rate without errors").isNotNull();
        assertThat(two).as("two nodes carried the lowest rate without errors").isNotNull();
    }

    /** Raises the arrival rate step by step until a step has errors; the last clean step. */
    private Step climb(String label, List<AppNode> targets) throws Exception {
        double[] rates = Arrays.stream(
                        System.getProperty("load.rates", "4,8,10,12,14,16,20").split(","))
                .mapToDouble(Double::parseDouble)
                .toArray();
        // A fresh JVM compiles its hot code under the first load: that minute is not the node's speed.
        Step warmUp = run(targets, rates[0]);
        System.out.printf(
                "LOAD %s: warm-up at %.0f residents/s, p95 %d ms (not counted)%n", label, rates[0], warmUp.p95());
        Step best = null;
        for (double rate : rates) {
            Step step = run(targets, rate);
            System.out.printf(
                    "LOAD %s: %.0f residents/s -> %d requests (%.1f/s), %d errors, p95 %d ms, p99 %d ms%n",
                    label, rate, step.requests(), step.requestsPerSecond(), step.errors(), step.p95(), step.p99());
            if (step.errors() > 0) {
                break;
            }
            best = step;
        }
        if (best != null) {
            System.out.printf(
                    "LOAD %s: highest rate with zero errors %.0f residents/s (%.1f requests/s), p95 %d ms%n",
                    label, best.rate(), best.requestsPerSecond(), best.p95());
        }
        return best;
    }

    private Step run(List<AppNode> targets, double rate) throws IOException {
        System.setProperty(
                "load.bases",
                String.join(
                        ",",
                        targets.stream()
                                .map(n -> n.base().toString().replaceAll("/$", ""))
                                .toList()));
        System.setProperty("load.rate", String.valueOf(rate));
        System.setProperty("load.seconds", System.getProperty("load.seconds", "30"));
        System.setProperty("load.users", String.valueOf(USERS));
        System.setProperty("load.proposals", PROPOSAL_FILE.toString());
        Files.createDirectories(RESULTS);
        io.gatling.app.Gatling$.MODULE$.fromArgs(
                new String[] {"-s", LoadSimulation.class.getName(), "-rf", RESULTS.toString()});
        Path newest;
        try (Stream<Path> runs = Files.list(RESULTS)) {
            newest = runs.filter(Files::isDirectory)
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow();
        }
        return parse(rate, Files.readString(newest.resolve("js").resolve("stats.js")));
    }

    /** The global figures at the top of Gatling's stats.js. */
    static Step parse(double rate, String stats) {
        return new Step(
                rate,
                number(stats, "numberOfRequests", "total"),
                number(stats, "numberOfRequests", "ko"),
                number(stats, "percentiles3", "total"),
                number(stats, "percentiles4", "total"),
                Double.parseDouble(first(stats, "meanNumberOfRequestsPerSecond", "total")));
    }

    private static long number(String stats, String block, String key) {
        String value = first(stats, block, key);
        return value.equals("-") ? 0 : Long.parseLong(value);
    }

    private static String first(String stats, String block, String key) {
        Matcher m = Pattern.compile("\"" + block + "\":\\s*\\{[^}]*?\"" + key + "\":\\s*\"?([-0-9.]+)\"?")
                .matcher(stats);
        if (!m.find()) {
            throw new IllegalStateException("no " + block + "." + key + " in Gatling's stats");
        }
        return m.group(1);
    }

    /** Proposal ids and titles as the benchmark wrote them for the simulation. */
    static Map<String, String> titles(Path file) throws IOException {
        Map<String, String> titles = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                titles.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return titles;
    }
}
