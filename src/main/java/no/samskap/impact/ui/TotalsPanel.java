package no.samskap.impact.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import no.samskap.chart.BarChart;
import no.samskap.impact.Baselines;
import no.samskap.impact.Range;
import no.samskap.impact.ScenarioTotals;

/**
 * A scenario's combined figures (territorial and indirect apart), the overlaps resolved, its emissions
 * by category, and its territorial part against the municipality's published emissions and target.
 */
public class TotalsPanel extends Section {

    private final BarChart byCategory = new BarChart();
    private final BarChart towardTarget = new BarChart();
    private final double discountRate;

    public TotalsPanel(double discountRate) {
        this.discountRate = discountRate;
        addClassName("samskap-card");
        towardTarget.setHeight("8rem");
    }

    public void show(int proposals, ScenarioTotals t) {
        removeAll();
        Locale locale = getLocale();
        add(new H2(getTranslation("scenario.totals", proposals)));
        add(ImpactFigures.list(this, ImpactFigures.Values.of(t), discountRate));
        if (!t.warnings().isEmpty()) {
            add(ImpactFigures.flags(this, t.warnings()));
        }
        if (t.perCapitaKg() != null) {
            add(new Paragraph(getTranslation("scenario.per-capita", Figures.amount(t.perCapitaKg(), locale))));
        }
        target(t, locale);
        if (!t.adjustments().isEmpty()) {
            add(new H3(getTranslation("scenario.adjustments")));
            UnorderedList rules = new UnorderedList();
            rules.addClassName("samskap-adjustments");
            for (ScenarioTotals.Adjustment a : t.adjustments()) {
                rules.add(new ListItem(getTranslation(
                        a.rule(), String.join(", ", a.proposals()), Figures.amount(a.tonnesRemoved(), locale))));
            }
            add(rules);
        }
        if (!t.sdgTargets().isEmpty()) {
            add(new Paragraph(getTranslation("impact.sdgs", String.join(", ", t.sdgTargets()))));
        }
        if (!t.incomplete().isEmpty()) {
            add(new Paragraph(getTranslation("scenario.incomplete", String.join(", ", t.incomplete()))));
        }
        Paragraph version = new Paragraph(getTranslation("impact.catalogue", t.catalogueVersion()) + " ");
        version.addClassName("samskap-note");
        version.add(new Anchor("methodology", getTranslation("impact.methodology")));
        add(version);
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
    }

    /** The published emissions, the target with its source, and the share of the remaining cut. */
    private void target(ScenarioTotals t, Locale locale) {
        Section target = new Section();
        target.addClassName("samskap-target");
        target.add(new H3(getTranslation("scenario.target.heading")));
        if (t.baseline().isEmpty() || t.baseline().get().target().isEmpty()) {
            target.add(new Paragraph(getTranslation("scenario.target.none")));
            add(target);
            return;
        }
        Baselines.Baseline b = t.baseline().get();
        Baselines.Target goal = b.target().get();
        Paragraph wording = new Paragraph(getTranslation("scenario.target.wording", goal.wording()) + " ");
        wording.add(link(goal.source(), goal.url()));
        target.add(wording);
        UnorderedList years = new UnorderedList();
        for (Baselines.Inventory i : b.inventories()) {
            String figure = i.totalTonnes() != null
                    ? getTranslation(
                            "scenario.baseline.tonnes",
                            String.valueOf(i.year()),
                            Figures.money(i.totalTonnes(), locale))
                    : getTranslation(
                            "scenario.baseline.change",
                            String.valueOf(i.year()),
                            Figures.amount(i.changeFromBasePercent(), locale),
                            String.valueOf(goal.baseYear()));
            ListItem item = new ListItem(figure + " (" + i.boundary() + ") ");
            item.add(link(i.source(), i.url()));
            years.add(item);
        }
        if (!b.inventories().isEmpty()) {
            target.add(years);
        }
        if (t.shareOfRemainingCut().isPresent()) {
            Range share = t.shareOfRemainingCut().get().times(100);
            Baselines.Inventory latest = b.latest().orElseThrow();
            target.add(new Paragraph(getTranslation(
                    "scenario.target.share",
                    ImpactFigures.range(share, locale),
                    String.valueOf(latest.year()),
                    String.valueOf(goal.targetYear()),
                    Figures.money(b.remainingCut().orElseThrow(), locale))));
            towardTarget.show(
                    getTranslation("scenario.chart.target"),
                    "%",
                    List.of(getTranslation("scenario.chart.this"), getTranslation("scenario.chart.needed")),
                    List.of(new BarChart.Series("%", List.of(share.central(), 100.0), "#1d4ed8")),
                    true);
            target.add(towardTarget);
        } else if (b.remainingCut().isPresent()) {
            // The latest published year is already at or below the target level.
            target.add(new Paragraph(getTranslation("scenario.target.met")));
        } else {
            target.add(new Paragraph(getTranslation("scenario.target.not-set")));
        }
        add(target);
    }

    private static Anchor link(String title, String url) {
        Anchor a = new Anchor(url, title, AnchorTarget.BLANK);
        a.getElement().setAttribute("rel", "noopener noreferrer");
        return a;
    }
}
