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
import no.samskap.impact.EstimateRecords;
import no.samskap.impact.Factor;
import no.samskap.impact.ImpactService;
import no.samskap.impact.ImpactSettings;
import no.samskap.impact.KpiCatalogue;
import no.samskap.impact.KpiEffect;
import no.samskap.municipality.MunicipalityService;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalSection;
import no.samskap.shared.UserFacingException;

/** The estimate on the proposal page: the figures, the goals they move, and how they were computed. */
@org.springframework.stereotype.Component
class ImpactSection implements ProposalSection {

    private final ImpactService impact;
    private final KpiCatalogue kpis;
    private final MunicipalityService municipalities;
    private final ImpactSettings settings;
    private final EstimateRecords records;

    ImpactSection(
            ImpactService impact,
            KpiCatalogue kpis,
            MunicipalityService municipalities,
            ImpactSettings settings,
            EstimateRecords records) {
        this.records = records;
        this.impact = impact;
        this.kpis = kpis;
        this.municipalities = municipalities;
        this.settings = settings;
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
        Estimate e;
        try {
            e = impact.estimate(proposal.category(), proposal.parameters(), proposal.municipality());
        } catch (UserFacingException invalid) {
            // Inputs saved before a rule existed may contradict each other: say so instead of failing the page.
            section.add(new Paragraph(section.getTranslation(invalid.messageKey(), invalid.arguments())));
            return Optional.of(section);
        } catch (RuntimeException broken) {
            // A replaced factor catalogue with an impossible figure must not take the proposal page down.
            section.add(new Paragraph(section.getTranslation("impact.unavailable")));
            return Optional.of(section);
        }
        if (!e.isComplete()) {
            String needed = e.missing().stream()
                    .map(m -> Arrays.stream(m.split("\\|"))
                            .map(n -> section.getTranslation("impact.param." + n))
                            .collect(Collectors.joining(" " + section.getTranslation("impact.or") + " ")))
                    .collect(Collectors.joining("; "));
            section.add(new Paragraph(section.getTranslation("impact.missing", needed)));
            return Optional.of(section);
        }
        section.add(ImpactFigures.list(section, ImpactFigures.Values.of(e), settings.discountRate()));
        // Per inhabitant of the district the measure lies in, where its population is known.
        municipalities.get(proposal.municipality()).districts().stream()
                .filter(d -> d.name().equals(proposal.districtName()) && d.population() > 0)
                .findFirst()
                .ifPresent(d -> section.add(new Paragraph(section.getTranslation(
                        "impact.per-district",
                        d.name(),
                        Figures.amount(e.totalTonnes().central() * 1000 / d.population(), locale)))));
        if (!e.warnings().isEmpty()) {
            section.add(ImpactFigures.warnings(section, e.warnings()));
        }
        records.find(proposal.id())
                .filter(r -> !r.catalogueVersion().equals(e.catalogueVersion())
                        && Math.abs(r.territorialTonnes()
                                        + r.indirectTonnes()
                                        - e.totalTonnes().central())
                                >= 0.005)
                .ifPresent(r -> {
                    Paragraph changed = new Paragraph(section.getTranslation(
                            "impact.version-changed",
                            r.catalogueVersion(),
                            Figures.amount(r.territorialTonnes(), locale),
                            Figures.amount(r.indirectTonnes(), locale),
                            e.catalogueVersion()));
                    changed.addClassName("samskap-version-note");
                    section.add(changed);
                });
        Paragraph note = new Paragraph(section.getTranslation("impact.ranges-note", settings.samples()) + " "
                + section.getTranslation("impact.catalogue", e.catalogueVersion()) + " ");
        note.addClassName("samskap-note");
        note.add(new Anchor(
                "methodology#" + MethodologyView.anchor(proposal.category()),
                section.getTranslation("impact.methodology")));
        section.add(note);
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
                    new Span(f.key() + " = " + Figures.amount(f.central(), locale) + " " + f.unit() + " ("
                            + Figures.amount(f.low(), locale) + "–" + Figures.amount(f.high(), locale) + ", "
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
