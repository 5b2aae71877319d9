package no.samskap.persistence;

import no.samskap.support.SamskapTest;

/**
 * Ballot throughput on the embedded H2 database. Not part of the suite (the name does not end in
 * Test): {@code ./mvnw test -Dvaadin.skip -Dtest=BallotBenchmark}; see docs/benchmarks.md.
 */
@SamskapTest
class BallotBenchmark extends BallotThroughput {

    @Override
    String database() {
        return "H2";
    }
}
