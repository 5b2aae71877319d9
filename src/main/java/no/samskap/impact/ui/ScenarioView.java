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
    private final ProposalService proposals;
    // What is in the scenario, whatever the filters currently show.
    private final java.util.Set<ProposalId> chosenIds = new java.util.LinkedHashSet<>();
    private final com.vaadin.flow.component.select.Select<no.samskap.proposals.Category> categoryFilter =
            new com.vaadin.flow.component.select.Select<>();
    private final com.vaadin.flow.component.select.Select<no.samskap.proposals.ProposalState> stateFilter =
            new com.vaadin.flow.component.select.Select<>();
    private final com.vaadin.flow.component.select.Select<Municipality.District> districtFilter =
            new com.vaadin.flow.component.select.Select<>();
    private final no.samskap.map.LeafletMap map;
    private java.util.Map<String, no.samskap.proposals.ProposalMarker> markers = java.util.Map.of();
    private boolean syncing;
    private final TextField name = new TextField();
    private final Section totalsBox = new Section();
    private final Paragraph shareLink = new Paragraph();
    private final no.samskap.chart.BarChart byCategory = new no.samskap.chart.BarChart();
    private final no.samskap.chart.BarChart towardTarget = new no.samskap.chart.BarChart();
    private Registration liveRegistration;

    public ScenarioView(ScenarioService scenarios, ProposalService proposals, SelectedMunicipality selected,
            LiveUpdates live, no.samskap.map.Maps maps) {
        this.scenarios = scenarios;
        this.proposals = proposals;
        this.map = maps.create();
        this.live = live;
        this.municipality = selected.municipality();
        setWidthFull();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ProposalSummary::title).setHeader(getTranslation("proposal.title")).setFlexGrow(3);
        grid.addColumn(p -> getTranslation(p.category().messageKey())).setHeader(getTranslation("proposal.category"));
        grid.addColumn(p -> p.districtName() == null ? "" : p.districtName()).setHeader(getTranslation("list.district"));
        categoryFilter.setLabel(getTranslation("proposal.category"));
        categoryFilter.setEmptySelectionAllowed(true);
        categoryFilter.setEmptySelectionCaption(getTranslation("list.all"));
        categoryFilter.setItems(no.samskap.proposals.Category.values());
        categoryFilter.setItemLabelGenerator(c -> c == null ? getTranslation("list.all") : getTranslation(c.messageKey()));
        stateFilter.setLabel(getTranslation("list.state"));
        stateFilter.setEmptySelectionAllowed(true);
        stateFilter.setEmptySelectionCaption(getTranslation("list.all"));
        stateFilter.setItems(java.util.Arrays.stream(no.samskap.proposals.ProposalState.values())
                .filter(no.samskap.proposals.ProposalState::isPublic).toList());
        stateFilter.setItemLabelGenerator(st -> st == null ? getTranslation("list.all") : getTranslation(st.messageKey()));
        districtFilter.setLabel(getTranslation("list.district"));
        districtFilter.setEmptySelectionAllowed(true);
        districtFilter.setEmptySelectionCaption(getTranslation("list.all"));
        districtFilter.setItems(municipality.districts());
        districtFilter.setItemLabelGenerator(d -> d == null ? getTranslation("list.all") : d.name());
        categoryFilter.addValueChangeListener(e -> filter());
        stateFilter.addValueChangeListener(e -> filter());
        districtFilter.addValueChangeListener(e -> filter());
        filter();
        grid.setAriaLabel(getTranslation("scenario.pick"));
        grid.setHeight("22rem");
        // Keep the list its full height; the page scrolls instead.
        grid.getStyle().set("flex-shrink", "0");
        grid.asMultiSelect().addValueChangeListener(e -> {
            if (syncing) {
                return;
            }
            e.getOldValue().forEach(p -> chosenIds.remove(p.id()));
            e.getValue().forEach(p -> chosenIds.add(p.id()));
            chosenChanged();
        });

        // Clicking a marker adds the proposal to the scenario, or takes it out again.
        map.setView(municipality.centreLat(), municipality.centreLon(), municipality.zoom());
        map.setAriaLabel(getTranslation("scenario.map"));
        map.setHeight("22rem");
        map.getStyle().set("flex-shrink", "0");
        map.addViewportChangeListener(e -> {
            markers = proposals.markers(municipality.id(), new no.samskap.proposals.Viewport(e.getSouth(), e.getWest(),
                    e.getNorth(), e.getEast())).markers().stream()
                    .collect(java.util.stream.Collectors.toMap(m -> m.id().toString(), m -> m, (a, b) -> a));
            drawMarkers();
        });
        map.addFeatureClickListener(e -> ProposalId.parse(e.getFeatureId()).ifPresent(id -> {
            if (!chosenIds.remove(id)) {
                chosenIds.add(id);
            }
            chosenChanged();
        }));

        name.setLabel(getTranslation("scenario.name"));
        name.setMaxLength(80);
        Button save = new Button(getTranslation("scenario.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        totalsBox.addClassName("samskap-card");
        shareLink.getElement().setAttribute("role", "status");

        HorizontalLayout filters = new HorizontalLayout(categoryFilter, stateFilter, districtFilter);
        filters.addClassName("samskap-toolbar");
        add(new H1(getTranslation("scenario.heading", municipality.name())), new Paragraph(getTranslation("scenario.intro")),
                filters, grid, map, totalsBox, new HorizontalLayout(name, save), shareLink);
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
            chosenIds.clear();
            chosenIds.addAll(saved.proposals());
            chosenChanged();
            showLink(id);
        });
    }

    private List<ProposalId> chosen() {
        return List.copyOf(chosenIds);
    }

    private void filter() {
        Municipality.District d = districtFilter.getValue();
        // New items clear the grid's selection; that must not take proposals out of the scenario.
        syncing = true;
        try {
            grid.setItems(proposals.search(new ProposalQuery(municipality.id(), categoryFilter.getValue(),
                    stateFilter.getValue(), d == null ? null : d.id(), null, false), 0, 500).getContent());
        } finally {
            syncing = false;
        }
        selectChosenInGrid();
    }

    /** Shows the chosen proposals as selected in the grid and marked on the map, then the totals. */
    private void chosenChanged() {
        selectChosenInGrid();
        drawMarkers();
        showTotals();
    }

    private void selectChosenInGrid() {
        syncing = true;
        try {
            grid.asMultiSelect().setValue(grid.getListDataView().getItems().filter(p -> chosenIds.contains(p.id()))
                    .collect(java.util.stream.Collectors.toSet()));
        } finally {
            syncing = false;
        }
    }

    private void drawMarkers() {
        map.setFeatures(markers.values().stream().map(m -> new no.samskap.map.MapFeature(m.id().toString(),
                m.shapeGeoJson(), m.lat(), m.lon(), chosenIds.contains(m.id()) ? "#7c3aed" : "#6b7280",
                (chosenIds.contains(m.id()) ? "✓ " : "") + m.title())).toList());
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
        totalsBox.add(new H2(getTranslation("scenario.totals", chosenIds.size())));
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
