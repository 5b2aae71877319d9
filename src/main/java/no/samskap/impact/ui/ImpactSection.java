package no.samskap.impact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import no.samskap.impact.Estimate;
import no.samskap.impact.Factor;
import no.samskap.impact.ImpactService;
import no.samskap.impact.KpiCatalogue;
import no.samskap.impact.KpiEffect;
import no.samskap.impact.Range;
import no.samskap.municipality.MunicipalityService;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalSection;

/** The estimate on the proposal page: the figures, the goals they move, and how they were computed. */
@org.springframework.stereotype.Component
class ImpactSection implements ProposalSection {

    private final ImpactService impact;
    private final KpiCatalogue kpis;
    private final MunicipalityService municipalities;

    ImpactSection(ImpactService impact, KpiCatalogue kpis, MunicipalityService municipalities) {
        this.impact = impact;
        this.kpis = kpis;
        this.municipalities = municipalities;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(ProposalDetails proposal) {
        Section section = new Section();
        section.addClassName("samskap-card");
        section.addClassName("samskap-impact");
        Locale locale =
                UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        section.add(new H2(section.getTranslation("impact.heading")));
        Estimate e = impact.estimate(proposal.category(), proposal.parameters(), proposal.municipality());
        if (!e.isComplete()) {
            String needed = e.missing().stream()
                    .map(m -> Arrays.stream(m.split("\\|"))
                            .map(n -> section.getTranslation("impact.param." + n))
                            .collect(Collectors.joining(" " + section.getTranslation("impact.or") + " ")))
                    .collect(Collectors.joining("; "));
            section.add(new Paragraph(section.getTranslation("impact.missing", needed)));
            return Optional.of(section);
        }
        UnorderedList figures = new UnorderedList();
        if (e.energyMwh() != null) {
            figures.add(new ListItem(section.getTranslation("impact.energy", Figures.amount(e.energyMwh(), locale))));
        }
        Range emissions = e.emissionsTonnes();
        figures.add(new ListItem(section.getTranslation(
                "impact.emissions",
                Figures.amount(emissions.central(), locale),
                Figures.amount(emissions.low(), locale),
                Figures.amount(emissions.high(), locale))));
        if (e.investmentNok() != null) {
            figures.add(new ListItem(
                    section.getTranslation("impact.investment", Figures.money(e.investmentNok(), locale))));
        }
        if (e.yearlySavingNok() != null) {
            figures.add(
                    new ListItem(section.getTranslation("impact.saving", Figures.money(e.yearlySavingNok(), locale))));
        }
        if (e.paybackYears() != null) {
            figures.add(
                    new ListItem(section.getTranslation("impact.payback", Figures.amount(e.paybackYears(), locale))));
        }
        // Per inhabitant of the district the measure lies in, where its population is known.
        municipalities.get(proposal.municipality()).districts().stream()
                .filter(d -> d.name().equals(proposal.districtName()) && d.population() > 0)
                .findFirst()
                .ifPresent(d -> figures.add(new ListItem(section.getTranslation(
                        "impact.per-district",
                        d.name(),
                        Figures.amount(e.emissionsTonnes().central() * 1000 / d.population(), locale)))));
        section.add(figures);
        UnorderedList sdgs = new UnorderedList();
        e.sdgTargets().forEach(t -> sdgs.add(new ListItem(section.getTranslation("sdg.target." + t))));
        sdgs.getElement().setAttribute("aria-label", section.getTranslation("impact.sdgs.heading"));
        section.add(new Span(section.getTranslation("impact.sdgs.heading")), sdgs);
        UnorderedList kpiList = new UnorderedList();
        for (KpiEffect k : e.kpis()) {
            String name = kpis.find(k.code()).map(KpiCatalogue.Kpi::name).orElse("");
            kpiList.add(new ListItem(k.code() + " " + name + " " + (k.direction() > 0 ? "↑" : "↓")));
        }
        kpiList.getElement().setAttribute("aria-label", section.getTranslation("impact.kpis"));
        section.add(new Span(section.getTranslation("impact.kpis")), kpiList);

        UnorderedList steps = new UnorderedList();
        for (Estimate.Step s : e.steps()) {
            steps.add(new ListItem(
                    s.what() + ": " + s.formula() + " = " + Figures.amount(s.value(), locale) + " " + s.unit()));
        }
        UnorderedList sources = new UnorderedList();
        for (Factor f : e.factors()) {
            Anchor source = new Anchor(f.sourceUrl(), f.sourceTitle(), AnchorTarget.BLANK);
            source.getElement().setAttribute("rel", "noopener noreferrer");
            ListItem item = new ListItem(
                    new Span(f.key() + " = " + f.central() + " " + f.unit() + " (" + f.low() + "–" + f.high() + ", "
                            + f.year() + "). "),
                    source);
            if (!f.note().isBlank()) {
                item.add(new Span(" " + f.note()));
            }
            sources.add(item);
        }
        Details how = new Details(section.getTranslation("impact.how"));
        how.add(steps, new Span(section.getTranslation("impact.factors")), sources);
        section.add(how);
        return Optional.of(section);
    }
}
