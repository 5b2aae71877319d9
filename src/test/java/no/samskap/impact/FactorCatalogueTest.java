package no.samskap.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class FactorCatalogueTest {

    private static final String GOOD = "# header\n" + "a.b;kg/kWh;2023;0.1;0.2;0.3;Source;https://example.org/a;note\n";

    @Test
    void theShippedCatalogueIsCompleteAndSourced() throws IOException {
        FactorCatalogue catalogue = Impacts.catalogue(Impacts.settings());
        assertThat(catalogue.all()).hasSizeGreaterThan(60).allSatisfy(f -> {
            assertThat(f.unit()).isNotBlank();
            assertThat(f.sourceUrl()).startsWith("http");
            assertThat(f.low()).isLessThanOrEqualTo(f.central());
        });
        Factor electricity = catalogue.find("electricity.emission").orElseThrow();
        assertThat(electricity.low()).isEqualTo(0.008);
        assertThat(electricity.central()).isEqualTo(0.015);
        assertThat(electricity.high()).isEqualTo(0.130);
        assertThat(catalogue.version()).isEqualTo("2026.2");
        assertThat(catalogue.changes())
                .extracting(FactorCatalogue.Change::version)
                .containsExactly("2026.1", "2026.2");
    }

    @Test
    void aMalformedChangeLogNamesTheFileAndLine() {
        assertThatThrownBy(() ->
                        FactorCatalogue.parseChanges(new StringReader("# c\n2026.1;yesterday;x\n"), "changes.csv"))
                .hasMessageContaining("changes.csv")
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> FactorCatalogue.parseChanges(new StringReader("# only comments\n"), "changes.csv"))
                .hasMessageContaining("names no version");
    }

    @Test
    void parsesAWellFormedLine() throws IOException {
        Factor f = FactorCatalogue.parse(new StringReader(GOOD), "test.csv").get("a.b");
        assertThat(f.central()).isEqualTo(0.2);
        assertThat(f.sourceTitle()).isEqualTo("Source");
    }

    @Test
    void aMalformedFileNamesTheFileAndLine() {
        assertBad("a.b;;2023;0.1;0.2;0.3;Source;https://example.org;n\n", "line 1", "no unit");
        assertBad("# c\na.b;kg;2023;0.1;0.2;0.3;;;n\n", "line 2", "no source");
        assertBad("a.b;kg;2023;0.1;x;0.3;Source;https://example.org;n\n", "line 1", "central is not a number");
        assertBad("a.b;kg;2023;0.5;0.2;0.3;Source;https://example.org;n\n", "line 1", "low <= central <= high");
        assertBad("a.b;kg;2023;0.1;0.2\n", "line 1", "expected 9 fields");
        assertBad(GOOD + GOOD.substring(GOOD.indexOf('\n') + 1), "line 3", "appears twice");
    }

    private static void assertBad(String content, String... fragments) {
        assertThatThrownBy(() -> FactorCatalogue.parse(new StringReader(content), "factors.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("factors.csv")
                .satisfies(e -> assertThat(e.getMessage()).contains(fragments));
    }
}
