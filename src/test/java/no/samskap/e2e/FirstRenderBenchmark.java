package no.samskap.e2e;

import no.samskap.identity.AccountService;
import no.samskap.municipality.MunicipalityService;
import no.samskap.proposals.MapSeed;
import no.samskap.proposals.ProposalsSettings;
import no.samskap.shared.MunicipalityId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The home page's first render in Chromium with 100,000 proposals in Bærum (5,000 of them areas at
 * the vertex cap), the server inside the test JVM (H2 in memory): quick to run, but the server
 * shares a process and two cores with the test. The production-like figure comes from
 * {@code no.samskap.drills.FirstRenderJarBenchmark}. Target: 2 s. Not part of the build (the name
 * does not end in IT); see docs/benchmarks.md.
 */
class FirstRenderBenchmark extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    AccountService accounts;

    @Autowired
    ProposalsSettings settings;

    @Test
    void homePageWithOneHundredThousandProposals() {
        MapSeed.seed(
                jdbc,
                municipalities.get(MunicipalityId.of("baerum")),
                accounts.findByUsername("kari").orElseThrow().id().value(),
                settings.maxVertices(),
                "Chromium");
        new FirstRenderMeasurement(chromium.browser).measure("100,000 proposals, server in the test JVM", url(""), 10);
    }
}
