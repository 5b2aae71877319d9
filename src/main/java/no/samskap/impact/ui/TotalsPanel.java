package no.samskap.impact.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import no.samskap.chart.BarChart;
import no.samskap.impact.ScenarioTotals;

/** A scenario's combined figures, its emissions by category and its progress toward the municipality's target. */
class TotalsPanel extends Section {

    private final BarChart byCategory = new BarChart();
    private final BarChart towardTarget = new BarChart();

    TotalsPanel() {
        addClassName("samskap-card");
        towardTarget.setHeight("8rem");
    }

    void show(int proposals, ScenarioTotals t) {
        removeAll();
        Locale locale = getLocale();
        add(new H2(getTranslation("scenario.totals", proposals)));
        UnorderedList figures = new UnorderedList(
                new ListItem(getTranslation("impact.energy", Figures.amount(t.energyMwh(), locale))),
                new ListItem(getTranslation(
                        "impact.emissions",
                        Figures.amount(t.emissionsTonnes().central(), locale),
                        Figures.amount(t.emissionsTonnes().low(), locale),
                        Figures.amount(t.emissionsTonnes().high(), locale))),
                new ListItem(getTranslation("impact.investment", Figures.money(t.investmentNok(), locale))),
                new ListItem(getTranslation("impact.saving", Figures.money(t.yearlySavingNok(), locale))));
        if (t.paybackYears() != null) {
            figures.add(new ListItem(getTranslation("impact.payback", Figures.amount(t.paybackYears(), locale))));
        }
        if (t.perCapitaKg() != null) {
            figures.add(new ListItem(getTranslation("scenario.per-capita", Figures.amount(t.perCapitaKg(), locale))));
        }
        figures.add(new ListItem(
                t.shareOfTargetCut() == null
                        ? getTranslation("scenario.no-target")
                        : getTranslation("scenario.target", Figures.amount(t.shareOfTargetCut() * 100, locale))));
        add(figures);
        if (!t.sdgTargets().isEmpty()) {
            add(new Paragraph(getTranslation("impact.sdgs", String.join(", ", t.sdgTargets()))));
        }
        if (!t.incomplete().isEmpty()) {
            add(new Paragraph(getTranslation("scenario.incomplete", String.join(", ", t.incomplete()))));
        }
        List<String> labels = t.emissionsByCategory().keySet().stream()
                .map(c -> getTranslation(c.messageKey()))
                .toList();
        if (!labels.isEmpty()) {
            byCategory.show(
                    getTranslation("scenario.chart.by-category"),
                    getTranslation("scenario.chart.tonnes"),
                    labels,
                    List.of(new BarChart.Series(
                            getTranslation("scenario.chart.avoided"),
                            List.copyOf(t.emissionsByCategory().values()),
                            "#15803d")),
                    true);
            add(byCategory);
        }
        if (t.shareOfTargetCut() != null) {
            towardTarget.show(
                    getTranslation("scenario.chart.target"),
                    "%",
                    List.of(getTranslation("scenario.chart.this"), getTranslation("scenario.chart.needed")),
                    List.of(new BarChart.Series("%", List.of(t.shareOfTargetCut() * 100, 100.0), "#1d4ed8")),
                    true);
            add(towardTarget);
        }
    }
}
