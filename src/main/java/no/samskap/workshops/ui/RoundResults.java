package no.samskap.workshops.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import no.samskap.chart.BarChart;
import no.samskap.workshops.Round;

/** A round's dots per item as a bar chart (with its table for screen readers), updated live. */
class RoundResults extends Div {

    private final BarChart chart = new BarChart();
    private final Paragraph empty = new Paragraph();
    private final double remPerItem;

    RoundResults() {
        this(2.5);
    }

    /** With taller bars per item, e.g. for the projector, which is read from across the room. */
    RoundResults(double remPerItem) {
        this.remPerItem = remPerItem;
        addClassName("samskap-round-results");
        setWidthFull(); // the labels need the panel's whole width

        empty.setText(getTranslation("workshop.round.none"));
        chart.setVisible(false);
        add(empty, chart);
    }

    void show(Round round) {
        if (round == null) {
            chart.setVisible(false);
            empty.setVisible(true);
            return;
        }
        empty.setVisible(false);
        chart.setVisible(true);
        chart.setHeight(Math.max(8, remPerItem * round.items().size() + 4) + "rem");
        List<String> labels =
                round.items().stream().map(i -> shorten(i.label())).toList();
        List<Double> values =
                round.items().stream().map(i -> (double) round.total(i.key())).toList();
        chart.show(
                getTranslation(round.open() ? "workshop.round.live-results" : "workshop.round.results", round.number()),
                getTranslation("workshop.round.unit"),
                labels,
                List.of(new BarChart.Series(getTranslation("workshop.round.unit"), values, "#7c3aed")),
                true);
    }

    private static String shorten(String label) {
        return label.length() > 60 ? label.substring(0, 59) + "…" : label;
    }
}
