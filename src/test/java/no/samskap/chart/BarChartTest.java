package no.samskap.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BarChartTest {

    @Test
    void sendsLabelsAndValuesAsData() {
        BarChart chart = new BarChart();
        chart.show(
                "Utslipp <b>",
                "t",
                List.of("Sol", "<img src=x>"),
                List.of(new BarChart.Series("Unngått", List.of(1.23456, 2.0), "#15803d")),
                true);
        JsonNode json = JsonMapper.builder().build().readTree(chart.lastJson());
        assertThat(json.get("labels").get(1).asString()).isEqualTo("<img src=x>");
        assertThat(json.get("datasets").get(0).get("data").get(0).asDouble()).isEqualTo(1.235);
        assertThat(json.get("horizontal").asBoolean()).isTrue();
    }

    @Test
    void refusesMismatchedSeriesAndUnsafeColours() {
        BarChart chart = new BarChart();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> chart.show(
                        "t", "u", List.of("a", "b"), List.of(new BarChart.Series("s", List.of(1.0), "#000")), false));
        assertThatIllegalArgumentException().isThrownBy(() -> new BarChart.Series("s", List.of(), "red;x"));
    }
}
