package no.samskap.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.samskap.identity.SignedInUser;
import no.samskap.identity.internal.AccountRepository;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import no.samskap.voting.Stance;
import no.samskap.voting.Tally;
import no.samskap.voting.VotingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sustained voting throughput with zero lost and zero double votes. Not part of the suite
 * (the name does not end in Test): {@code ./mvnw test -Dtest=VotingBenchmark} on H2,
 * {@code ./mvnw test -Dtest=PostgresVotingBenchmark} on PostgreSQL. See docs/benchmarks.md.
 */
@SamskapTest
class VotingBenchmark {

    static final int ACCOUNTS = 2_000;
    static final int PROPOSALS = 20;
    static final int THREADS = 8;

    @Autowired
    VotingService voting;

    @Autowired
    ProposalService proposals;

    @Autowired
    AccountRepository accounts;

    @Autowired
    SignIn signIn;

    String database() {
        return "H2";
    }

    @Test
    void sustainedVotesPerSecond() throws Exception {
        signIn.as("kari");
        List<ProposalId> targets = new ArrayList<>();
        for (int i = 0; i < PROPOSALS; i++) {
            targets.add(proposals.createAndSubmit(
                    MunicipalityId.of("baerum"),
                    new ProposalInput(
                            "Benchmark " + i, "", "HEAT_PUMP", "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}")));
        }
        signIn.out();
        List<String> voters = Voters.create(accounts, ACCOUNTS, 200);

        // The principals a login would keep in each session, loaded before the clock starts: a vote
        // does not sign in.
        Map<String, SignedInUser> principals = new HashMap<>();
        voters.forEach(v -> principals.put(v, signIn.principal(v)));
        run(voters, principals, targets, 200); // warm-up on a slice
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long started = System.nanoTime();
        List<Future<Integer>> work = new ArrayList<>();
        int perThread = voters.size() / THREADS;
        for (int t = 0; t < THREADS; t++) {
            List<String> slice = voters.subList(t * perThread, (t + 1) * perThread);
            work.add(pool.submit(() -> run(slice, principals, targets, slice.size())));
        }
        int cast = 0;
        for (Future<Integer> f : work) {
            cast += f.get(10, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();

        // Every account voted on every proposal: support when (account + proposal) is even.
        long expectedSupport = 0;
        long expectedOppose = 0;
        for (int a = 0; a < voters.size(); a++) {
            for (int p = 0; p < PROPOSALS; p++) {
                if ((a + p) % 2 == 0) {
                    expectedSupport++;
                } else {
                    expectedOppose++;
                }
            }
        }
        long support = 0;
        long oppose = 0;
        for (Tally t : voting.tallies(targets).values()) {
            support += t.supportTotal();
            oppose += t.opposeTotal();
        }
        System.out.printf(
                "BENCHMARK voting %s: %d votes by %d accounts on %d proposals with %d threads in %.1f s"
                        + " = %.0f votes/s; tallies support=%d (expected %d) oppose=%d (expected %d)%n",
                database(),
                cast,
                voters.size(),
                PROPOSALS,
                THREADS,
                seconds,
                cast / seconds,
                support,
                expectedSupport,
                oppose,
                expectedOppose);
        assertThat(support).isEqualTo(expectedSupport);
        assertThat(oppose).isEqualTo(expectedOppose);
    }

    private int run(List<String> slice, Map<String, SignedInUser> principals, List<ProposalId> targets, int limit) {
        int cast = 0;
        for (int a = 0; a < limit; a++) {
            String voter = slice.get(a);
            int index = Integer.parseInt(voter.substring(voter.lastIndexOf('-') + 1));
            signIn.as(principals.get(voter));
            try {
                for (int p = 0; p < targets.size(); p++) {
                    voting.cast(targets.get(p), (index + p) % 2 == 0 ? Stance.SUPPORT : Stance.OPPOSE);
                    cast++;
                }
            } finally {
                signIn.out();
            }
        }
        return cast;
    }
}
