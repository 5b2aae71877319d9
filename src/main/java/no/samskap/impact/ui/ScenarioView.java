package no.samskap.impact.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.samskap.impact.SavedScenario;
import no.samskap.impact.ScenarioService;
import no.samskap.impact.ScenarioTotals;
import no.samskap.live.LiveUpdates;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalQuery;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalSummary;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.LiveEvent;
import no.samskap.shared.UserFacingException;

/** Pick proposals, see their combined effect against the municipality's target, save and share. */
@Route("scenarios")
@RouteAlias("scenarios/:id")
@Menu(order = 2, title = "menu.scenarios")
@AnonymousAllowed
public class ScenarioView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScenarioService scenarios;
    private final LiveUpdates live;
    private final Municipality municipality;
    private final Grid<ProposalSummary> grid = new Grid<>();
    private final TextField name = new TextField();
    private final Section totalsBox = new Section();
    private final Paragraph shareLink = new Paragraph();
    private final no.samskap.chart.BarChart byCategory = new no.samskap.chart.BarChart();
    private final no.samskap.chart.BarChart towardTarget = new no.samskap.chart.BarChart();
    private Registration liveRegistration;

    public ScenarioView(ScenarioService scenarios, ProposalService proposals, SelectedMunicipality selected,
            LiveUpdates live) {
        this.scenarios = scenarios;
        this.live = live;
        this.municipality = selected.municipality();
        setWidthFull();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ProposalSummary::title).setHeader(getTranslation("proposal.title")).setFlexGrow(3);
        grid.addColumn(p -> getTranslation(p.category().messageKey())).setHeader(getTranslation("proposal.category"));
        grid.addColumn(p -> p.districtName() == null ? "" : p.districtName()).setHeader(getTranslation("list.district"));
        grid.setItems(proposals.search(ProposalQuery.all(municipality.id()), 0, 200).getContent());
        grid.setAriaLabel(getTranslation("scenario.pick"));
        grid.setHeight("22rem");
        // Keep the list its full height; the page scrolls instead.
        grid.getStyle().set("flex-shrink", "0");
        grid.asMultiSelect().addValueChangeListener(e -> showTotals());

        name.setLabel(getTranslation("scenario.name"));
        name.setMaxLength(80);
        Button save = new Button(getTranslation("scenario.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        totalsBox.addClassName("samskap-card");
        shareLink.getElement().setAttribute("role", "status");

        add(new H1(getTranslation("scenario.heading", municipality.name())), new Paragraph(getTranslation("scenario.intro")),
                grid, totalsBox, new HorizontalLayout(name, save), shareLink);
        showTotals();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("id").ifPresent(idText -> {
            UUID id;
            try {
                id = UUID.fromString(idText);
            } catch (IllegalArgumentException e) {
                throw new NotFoundException();
            }
            SavedScenario saved = scenarios.find(id).filter(s -> s.municipality().equals(municipality.id()))
                    .orElseThrow(NotFoundException::new);
            name.setValue(saved.name());
            Set<ProposalId> ids = Set.copyOf(saved.proposals());
            grid.asMultiSelect().setValue(grid.getListDataView().getItems().filter(p -> ids.contains(p.id()))
                    .collect(java.util.stream.Collectors.toSet()));
            showLink(id);
        });
    }

    private List<ProposalId> chosen() {
        return grid.getSelectedItems().stream().map(ProposalSummary::id).toList();
    }

    private void showTotals() {
        totalsBox.removeAll();
        ScenarioTotals t = scenarios.compute(municipality.id(), chosen());
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        NumberFormat money = NumberFormat.getIntegerInstance(getLocale());
        // Small shares and per-inhabitant figures need more digits to be more than zero.
        NumberFormat fine = NumberFormat.getNumberInstance(getLocale());
        fine.setMaximumFractionDigits(3);
        totalsBox.add(new H2(getTranslation("scenario.totals", grid.getSelectedItems().size())));
        UnorderedList figures = new UnorderedList(
                new ListItem(getTranslation("impact.energy", number.format(t.energyMwh()))),
                new ListItem(getTranslation("impact.emissions", number.format(t.emissionsTonnes().central()),
                        number.format(t.emissionsTonnes().low()), number.format(t.emissionsTonnes().high()))),
                new ListItem(getTranslation("impact.investment", money.format(t.investmentNok()))),
                new ListItem(getTranslation("impact.saving", money.format(t.yearlySavingNok()))));
        if (t.paybackYears() != null) {
            figures.add(new ListItem(getTranslation("impact.payback", number.format(t.paybackYears()))));
        }
        if (t.perCapitaKg() != null) {
            figures.add(new ListItem(getTranslation("scenario.per-capita", fine.format(t.perCapitaKg()))));
        }
        figures.add(new ListItem(t.shareOfTargetCut() == null ? getTranslation("scenario.no-target")
                : getTranslation("scenario.target", fine.format(t.shareOfTargetCut() * 100))));
        totalsBox.add(figures);
        if (!t.sdgTargets().isEmpty()) {
            totalsBox.add(new Paragraph(getTranslation("impact.sdgs", String.join(", ", t.sdgTargets()))));
        }
        if (!t.incomplete().isEmpty()) {
            totalsBox.add(new Paragraph(getTranslation("scenario.incomplete", String.join(", ", t.incomplete()))));
        }
        List<String> labels = t.emissionsByCategory().keySet().stream().map(c -> getTranslation(c.messageKey())).toList();
        if (!labels.isEmpty()) {
            byCategory.show(getTranslation("scenario.chart.by-category"), getTranslation("scenario.chart.tonnes"), labels,
                    List.of(new no.samskap.chart.BarChart.Series(getTranslation("scenario.chart.avoided"),
                            List.copyOf(t.emissionsByCategory().values()), "#15803d")), true);
            totalsBox.add(byCategory);
        }
        if (t.shareOfTargetCut() != null) {
            towardTarget.setHeight("8rem");
            towardTarget.show(getTranslation("scenario.chart.target"), "%",
                    List.of(getTranslation("scenario.chart.this"), getTranslation("scenario.chart.needed")),
                    List.of(new no.samskap.chart.BarChart.Series("%", List.of(t.shareOfTargetCut() * 100, 100.0),
                            "#1d4ed8")), true);
            totalsBox.add(towardTarget);
        }
    }

    private void save() {
        name.setInvalid(false);
        try {
            UUID id = scenarios.save(municipality.id(), name.getValue(), chosen());
            showLink(id);
        } catch (UserFacingException e) {
            if (e.field() == null) {
                throw e;
            }
            FieldErrors.show(e, Map.of("name", name), this);
        }
    }

    private void showLink(UUID id) {
        shareLink.removeAll();
        shareLink.add(getTranslation("scenario.link") + " ");
        shareLink.add(new Anchor("scenarios/" + id, "scenarios/" + id));
        // Another saved scenario's link (or id) to set beside this one.
        TextField other = new TextField(getTranslation("scenario.compare.other"));
        other.setWidth("28em");
        Button compare = new Button(getTranslation("scenario.compare"), e -> {
            String text = other.getValue().strip();
            String otherId = text.substring(text.lastIndexOf('/') + 1);
            try {
                UUID.fromString(otherId);
            } catch (IllegalArgumentException ex) {
                other.setErrorMessage(getTranslation("error.scenario.link"));
                other.setInvalid(true);
                return;
            }
            getUI().ifPresent(ui -> ui.navigate("scenarios/compare/" + id + "/" + otherId));
        });
        shareLink.add(new HorizontalLayout(other, compare));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        liveRegistration = live.subscribe(event.getUI(), LiveEvent.class,
                e -> e.municipality().equals(municipality.id()), e -> showTotals());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.scenarios") + " – Samskap";
    }
}
