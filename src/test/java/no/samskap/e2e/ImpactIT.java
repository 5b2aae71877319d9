package no.samskap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import no.samskap.impact.ScenarioService;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalQuery;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalSummary;
import no.samskap.shared.MunicipalityId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The estimates as a resident reads them in Chromium: both scopes, ranges, lifetime and money on a
 * proposal, the methodology behind them, and a scenario against Trondheim's published target.
 */
class ImpactIT extends BrowserTest {

    private final ScenarioService scenarios;
    private final ProposalService proposals;

    @Autowired
    ImpactIT(ScenarioService scenarios, ProposalService proposals) {
        this.scenarios = scenarios;
        this.proposals = proposals;
    }

    @Test
    void aProposalShowsBothScopesItsRangesLifetimeAndMoney() {
        try (BrowserContext context = english()) {
            Page page = context.newPage();
            logIn(page, "marit");
            page.navigate(url("proposals"));
            waitForVaadin(page);
            Locator link = page.locator("vaadin-grid a", new Page.LocatorOptions().setHasText("Kattem"));
            link.first().waitFor();
            page.navigate(url(link.first().getAttribute("href")));
            waitForVaadin(page);
            Locator impact = page.locator(".samskap-impact");
            impact.waitFor();
            for (String label : List.of("Territorial", "Indirect", "Lifetime", "Net present value", "Cost per tonne")) {
                assertThat(impact.locator(".samskap-figure-label", new Locator.LocatorOptions().setHasText(label))
                                .count())
                        .as(label)
                        .isEqualTo(1);
            }
            // 20 ground-source pumps in homes heated with panel heaters: electricity only, so nothing territorial.
            assertThat(impact.locator(".impact-territorial").textContent()).contains("0 t CO2e per year");
            assertThat(impact.locator(".impact-indirect").textContent()).contains("P10–P90");
            assertThat(impact.locator(".impact-lifetime").textContent()).contains("20 years");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("How we calculate"))
                    .first()
                    .click();
            page.waitForURL(u -> u.contains("/methodology"));
            waitForVaadin(page);
            page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions()
                                    .setName("How we calculate")
                                    .setLevel(1))
                    .waitFor();
            String text = page.locator("main, body").first().innerText();
            // Every text is translated: no message key shows through.
            assertThat(text).doesNotContain("methodology.").doesNotContain("impact.param.");
            Locator heatPump = page.locator("section#heat_pump");
            assertThat(heatPump.innerText())
                    .contains("Formula", "Factors", "Scope", "Left out", "heat-pump.ground.saving");
        }
    }

    @Test
    void aScenarioSetsItsTerritorialPartAgainstThePublishedTarget() {
        MunicipalityId trondheim = MunicipalityId.of("trondheim");
        List<ProposalId> ids =
                proposals
                        .search(new ProposalQuery(trondheim, null, null, null, null, false), 0, 50)
                        .getContent()
                        .stream()
                        .map(ProposalSummary::id)
                        .toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(3);
        UUID saved = as("marit", () -> scenarios.save(trondheim, "Trondheim, all", ids));
        try (BrowserContext context = english()) {
            Page page = open(context, "scenarios/" + saved);
            Locator target = page.locator(".samskap-target");
            target.waitFor();
            assertThat(target.innerText())
                    .contains("Target: Direct emissions at least 80 % lower in 2030 than in 2009")
                    .contains("2022: 485,000 t CO2e")
                    .contains("of the cut still needed from 2022 to the 2030 target");
            assertThat(page.locator(".impact-territorial").first().innerText()).startsWith("Territorial: ");
            // Chart.js arrives only when a chart is shown: the bars must still be drawn, not just the table.
            page.waitForFunction("() => [...document.querySelectorAll('samskap-chart canvas')].some(c => c.width > 0"
                    + " && c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some(v => v !== 0))");
            assertThat(page.locator("samskap-chart table caption").allInnerTexts())
                    .anySatisfy(caption -> assertThat(caption).startsWith("Progress toward the municipality target"));
        }
    }
}
