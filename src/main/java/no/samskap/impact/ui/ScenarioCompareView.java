package no.samskap.impact.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import no.samskap.chart.BarChart;
import no.samskap.impact.ImpactSettings;
import no.samskap.impact.SavedScenario;
import no.samskap.impact.ScenarioService;
import no.samskap.impact.ScenarioTotals;
import no.samskap.proposals.Category;

/** Two saved scenarios side by side: {@code /scenarios/compare/{a}/{b}}. */
@Route("scenarios/compare/:a/:b")
@AnonymousAllowed
public class ScenarioCompareView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScenarioService scenarios;
    private final ImpactSettings settings;

    public ScenarioCompareView(ScenarioService scenarios, ImpactSettings settings) {
        this.scenarios = scenarios;
        this.settings = settings;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SavedScenario a = load(event.getRouteParameters().get("a").orElse(""));
        SavedScenario b = load(event.getRouteParameters().get("b").orElse(""));
        ScenarioTotals ta = scenarios.compute(a.municipality(), a.proposals());
        ScenarioTotals tb = scenarios.compute(b.municipality(), b.proposals());
        removeAll();
        add(new H1(getTranslation("scenario.compare.heading")));
        Div columns = new Div(column(a, ta), column(b, tb));
        columns.addClassName("samskap-compare");
        add(columns);

        Set<Category> categories = new LinkedHashSet<>(ta.emissionsByCategory().keySet());
        categories.addAll(tb.emissionsByCategory().keySet());
        if (!categories.isEmpty()) {
            List<String> labels = new ArrayList<>();
            List<Double> va = new ArrayList<>();
            List<Double> vb = new ArrayList<>();
            for (Category c : categories) {
                labels.add(getTranslation(c.messageKey()));
                va.add(ta.emissionsByCategory().getOrDefault(c, 0.0));
                vb.add(tb.emissionsByCategory().getOrDefault(c, 0.0));
            }
            BarChart chart = new BarChart();
            chart.show(
                    getTranslation("scenario.chart.by-category"),
                    getTranslation("scenario.chart.tonnes"),
                    labels,
                    List.of(new BarChart.Series(a.name(), va, "#15803d"), new BarChart.Series(b.name(), vb, "#1d4ed8")),
                    true);
            add(chart);
        }
    }

    private SavedScenario load(String id) {
        try {
            return scenarios.find(UUID.fromString(id)).orElseThrow(NotFoundException::new);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }

    private Section column(SavedScenario s, ScenarioTotals t) {
        Locale locale = getLocale();
        Section column = new Section();
        column.addClassName("samskap-card");
        UnorderedList figures = ImpactFigures.list(column, ImpactFigures.Values.of(t), settings.discountRate());
        figures.addComponentAsFirst(
                new ListItem(getTranslation("scenario.totals", s.proposals().size())));
        Paragraph share = new Paragraph(t.shareOfRemainingCut()
                .map(r -> getTranslation("scenario.target.share.short", ImpactFigures.range(r.times(100), locale)))
                .orElseGet(() -> getTranslation("scenario.target.not-set")));
        share.addClassName("samskap-target-share");
        column.add(new H2(s.name()), figures, share);
        if (!t.warnings().isEmpty()) {
            column.add(ImpactFigures.flags(column, t.warnings()));
        }
        ScenarioShare.versionNote(s, t).ifPresent(column::add);
        column.add(new Anchor("scenarios/" + s.id(), getTranslation("scenario.open")));
        return column;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scenario.compare.heading") + " – Samskap";
    }
}
