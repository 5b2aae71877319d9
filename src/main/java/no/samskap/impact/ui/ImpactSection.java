package no.samskap.impact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import no.samskap.impact.Estimate;
import no.samskap.impact.Factor;
import no.samskap.impact.ImpactService;
import no.samskap.impact.KpiCatalogue;
import no.samskap.impact.KpiEffect;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalSection;

/** The estimate on the proposal page: the figures, the goals they move, and how they were computed. */
@org.springframework.stereotype.Component
class ImpactSection implements ProposalSection {

    private final ImpactService impact;
    private final KpiCatalogue kpis;
    private final no.samskap.municipality.MunicipalityService municipalities;

    ImpactSection(ImpactService impact, KpiCatalogue kpis, no.samskap.municipality.MunicipalityService municipalities) {
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
        Locale locale = com.vaadin.flow.component.UI.getCurrent() == null ? Locale.ENGLISH
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        section.add(new H2(section.getTranslation("impact.heading")));
        Estimate e = impact.estimate(proposal.category(), proposal.parameters(), proposal.municipality());
        if (!e.isComplete()) {
            String needed = e.missing().stream()
                    .map(m -> Arrays.stream(m.split("\\|")).map(n -> section.getTranslation("impact.param." + n))
                            .collect(Collectors.joining(" " + section.getTranslation("impact.or") + " ")))
                    .collect(Collectors.joining("; "));
            section.add(new Paragraph(section.getTranslation("impact.missing", needed)));
            return Optional.of(section);
        }
        UnorderedList figures = new UnorderedList();
        if (e.energyMwh() != null) {
            figures.add(new ListItem(section.getTranslation("impact.energy", number.format(e.energyMwh()))));
        }
        figures.add(new ListItem(section.getTranslation("impact.emissions", number.format(e.emissionsTonnes().central()),
                number.format(e.emissionsTonnes().low()), number.format(e.emissionsTonnes().high()))));
        NumberFormat money = NumberFormat.getIntegerInstance(locale);
        if (e.investmentNok() != null) {
            figures.add(new ListItem(section.getTranslation("impact.investment", money.format(e.investmentNok()))));
        }
        if (e.yearlySavingNok() != null) {
            figures.add(new ListItem(section.getTranslation("impact.saving", money.format(e.yearlySavingNok()))));
        }
        if (e.paybackYears() != null) {
            figures.add(new ListItem(section.getTranslation("impact.payback", number.format(e.paybackYears()))));
        }
        // Per inhabitant of the district the measure lies in, where its population is known.
        municipalities.get(proposal.municipality()).districts().stream()
                .filter(d -> d.name().equals(proposal.districtName()) && d.population() > 0).findFirst()
                .ifPresent(d -> figures.add(new ListItem(section.getTranslation("impact.per-district", d.name(),
                        number.format(e.emissionsTonnes().central() * 1000 / d.population())))));
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
            steps.add(new ListItem(s.what() + ": " + s.formula() + " = " + number.format(s.value()) + " " + s.unit()));
        }
        UnorderedList sources = new UnorderedList();
        for (Factor f : e.factors()) {
            Anchor source = new Anchor(f.sourceUrl(), f.sourceTitle(), AnchorTarget.BLANK);
            source.getElement().setAttribute("rel", "noopener noreferrer");
            ListItem item = new ListItem(new Span(f.key() + " = " + f.central() + " " + f.unit() + " (" + f.low() + "–"
                    + f.high() + ", " + f.year() + "). "), source);
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
