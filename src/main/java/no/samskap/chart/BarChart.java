package no.samskap.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A bar chart (Chart.js) whose numbers are also in a table for screen readers. */
@Tag("samskap-chart")
@JsModule("./samskap-chart.ts")
@NpmPackage(value = "chart.js", version = "4.6.1")
public class BarChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One series of bars. */
    public record Series(String label, List<Double> values, String color) {

        public Series {
            if (color == null || !color.matches("#[0-9a-fA-F]{3,8}")) {
                throw new IllegalArgumentException("not a hex colour: " + color);
            }
            values = List.copyOf(values);
        }
    }

    private String lastJson = "";

    public BarChart() {
        setHeight("16rem");
        setWidthFull();
    }

    /** Draws the chart; {@code title} is also its accessible name. */
    public void show(String title, String unit, List<String> labels, List<Series> series, boolean horizontal) {
        ObjectNode d = JSON.createObjectNode();
        d.put("title", title);
        d.put("unit", unit);
        d.put("horizontal", horizontal);
        ArrayNode l = d.putArray("labels");
        labels.forEach(l::add);
        ArrayNode sets = d.putArray("datasets");
        for (Series s : series) {
            if (s.values().size() != labels.size()) {
                throw new IllegalArgumentException("series " + s.label() + " has "
                        + s.values().size() + " values for " + labels.size() + " labels");
            }
            ObjectNode o = sets.addObject();
            o.put("label", s.label());
            o.put("color", s.color());
            ArrayNode data = o.putArray("data");
            s.values().forEach(v -> data.add(Math.round(v * 1000) / 1000.0));
        }
        lastJson = JSON.writeValueAsString(d);
        getElement().callJsFunction("setChart", lastJson);
    }

    /** The data last sent to the browser, for tests. */
    String lastJson() {
        return lastJson;
    }
}
