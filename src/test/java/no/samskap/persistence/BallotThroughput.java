package no.samskap.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.samskap.budgeting.BudgetResults;
import no.samskap.budgeting.BudgetService;
import no.samskap.identity.internal.AccountRepository;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.ProcessId;
import no.samskap.support.OpenBudget;
import no.samskap.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Ballots per second through the service, as the ballot page submits them: 2,000 people confirm a
 * ballot of three projects out of ten and 1,000 of them change it, 16 at a time. Prints the rate
 * and the latency of one submission; docs/benchmarks.md has the command and the latest figures.
 */
abstract class BallotThroughput {

    static final int PEOPLE = 2_000;
    static final int CHANGES = 1_000;
    static final int THREADS = 16;

    @Autowired
    OpenBudget openBudget;

    @Autowired
    BudgetService budgets;

    @Autowired
    BudgetResults budgetResults;

    @Autowired
    AccountRepository accounts;

    @Autowired
    SignIn signIn;

    abstract String database();

    @Test
    void ballotsPerSecond() throws Exception {
        OpenBudget.Made budget = openBudget.with("Folkebudsjett benchmark", 10, 100_000L, 1_000_000L);
        ProcessId process = budget.process();
        List<ProposalId> projects = budget.projects();
        List<String> people = Voters.create(accounts, PEOPLE, 200);

        // Warm-up: the first 200 people, not timed.
        run(process, projects, people.subList(0, 200), 0);
        long[] latencies = new long[PEOPLE - 200 + CHANGES];
        long start = System.nanoTime();
        run(process, projects, people.subList(200, PEOPLE), 0, latencies, 0);
        run(process, projects, people.subList(0, CHANGES), 1, latencies, PEOPLE - 200);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        int n = latencies.length;
        System.out.printf(
                "BENCHMARK ballots %s: %d submissions (%d first ballots, %d changes), %d threads: %.0f ballots/s;"
                        + " one submission p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                database(),
                n,
                PEOPLE - 200,
                CHANGES,
                THREADS,
                n / seconds,
                latencies[n / 2] / 1e6,
                latencies[(int) (n * 0.95)] / 1e6,
                latencies[n - 1] / 1e6);
        signIn.as("saksbehandler");
        assertThat(budgetResults.results(process).orElseThrow().ballots()).isEqualTo(PEOPLE);
    }

    private void run(ProcessId process, List<ProposalId> projects, List<String> who, int round) throws Exception {
        run(process, projects, who, round, new long[who.size()], 0);
    }

    private void run(
            ProcessId process, List<ProposalId> projects, List<String> who, int round, long[] latencies, int offset)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < who.size(); i++) {
            String person = who.get(i);
            int slot = offset + i;
            List<ProposalId> ballot = List.of(
                    projects.get((i + round) % 10),
                    projects.get((i + 3 + round) % 10),
                    projects.get((i + 7 + round) % 10));
            done.add(pool.submit(() -> {
                go.await();
                signIn.as(person);
                try {
                    long t = System.nanoTime();
                    budgets.submit(process, ballot);
                    latencies[slot] = System.nanoTime() - t;
                    return null;
                } finally {
                    signIn.out();
                }
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(300, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }
}
