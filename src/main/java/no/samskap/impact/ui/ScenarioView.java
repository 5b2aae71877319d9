package no.samskap.impact.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.samskap.impact.ImpactSettings;
import no.samskap.impact.ProcessRef;
import no.samskap.impact.SavedScenario;
import no.samskap.impact.ScenarioService;
import no.samskap.impact.ScenarioTotals;
import no.samskap.live.LiveUpdates;
import no.samskap.map.LeafletMap;
import no.samskap.map.MapFeature;
import no.samskap.map.Maps;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.proposals.Category;
import no.samskap.proposals.MarkersInView;
import no.samskap.proposals.ProposalAnswered;
import no.samskap.proposals.ProposalCluster;
import no.samskap.proposals.ProposalHidden;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalMarker;
import no.samskap.proposals.ProposalQuery;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalState;
import no.samskap.proposals.ProposalSubmitted;
import no.samskap.proposals.ProposalSummary;
import no.samskap.proposals.Viewport;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.LiveEvent;
import no.samskap.shared.ProcessId;
import no.samskap.shared.UserFacingException;

/** Pick proposals, see their combined effect against the municipality's target, save and share. */
@Route("scenarios")
@RouteAlias("scenarios/:id")
@Menu(order = 2, title = "menu.scenarios")
@AnonymousAllowed
public class ScenarioView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    // Recomputing a scenario asks the database for every proposal in it; live changes coalesce to one a second.
    private static final Duration LIVE_REFRESH_INTERVAL = Duration.ofSeconds(1);
    // A process's scenario starts from (at most) this many of its proposals, the newest.
    private static final int MAX_FROM_PROCESS = 500;

    private final ScenarioService scenarios;
    private final ProposalService proposals;
    private final SelectedMunicipality selected;
    private final LiveUpdates live;
    private Municipality municipality;
    // The process the scenario is made for, or null.
    private ProcessRef process;
    private final Paragraph processLine = new Paragraph();
    private final H1 heading = new H1();
    private final Grid<ProposalSummary> grid = new Grid<>();
    // What is in the scenario, whatever the filters currently show.
    private final Set<ProposalId> chosenIds = new LinkedHashSet<>();
    private final Select<Category> categoryFilter = new Select<>();
    private final Select<ProposalState> stateFilter = new Select<>();
    private final Select<Municipality.District> districtFilter = new Select<>();
    private final LeafletMap map;
    private Map<String, ProposalMarker> markers = Map.of();
    private Map<String, ProposalCluster> clusters = Map.of();
    private boolean syncing;
    private final TextField name = new TextField();
    private final TotalsPanel totals;
    private ScenarioTotals shown;
    private final ScenarioShare shareLink = new ScenarioShare();
    private List<Registration> liveRegistrations = List.of();

    public ScenarioView(
            ScenarioService scenarios,
            ProposalService proposals,
            SelectedMunicipality selected,
            LiveUpdates live,
            Maps maps,
            ImpactSettings settings) {
        this.scenarios = scenarios;
        this.totals = new TotalsPanel(settings.discountRate());
        this.proposals = proposals;
        this.selected = selected;
        this.map = maps.create();
        this.live = live;
        setWidthFull();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ProposalSummary::title)
                .setHeader(getTranslation("proposal.title"))
                .setFlexGrow(3);
        grid.addColumn(p -> getTranslation(p.category().messageKey())).setHeader(getTranslation("proposal.category"));
        grid.addColumn(p -> p.districtName() == null ? "" : p.districtName())
                .setHeader(getTranslation("list.district"));
        categoryFilter.setLabel(getTranslation("proposal.category"));
        categoryFilter.setEmptySelectionAllowed(true);
        categoryFilter.setEmptySelectionCaption(getTranslation("list.all"));
        categoryFilter.setItems(Category.values());
        categoryFilter.setItemLabelGenerator(
                c -> c == null ? getTranslation("list.all") : getTranslation(c.messageKey()));
        stateFilter.setLabel(getTranslation("list.state"));
        stateFilter.setEmptySelectionAllowed(true);
        stateFilter.setEmptySelectionCaption(getTranslation("list.all"));
        stateFilter.setItems(Arrays.stream(ProposalState.values())
                .filter(ProposalState::isPublic)
                .toList());
        stateFilter.setItemLabelGenerator(
                st -> st == null ? getTranslation("list.all") : getTranslation(st.messageKey()));
        districtFilter.setLabel(getTranslation("list.district"));
        districtFilter.setEmptySelectionAllowed(true);
        districtFilter.setEmptySelectionCaption(getTranslation("list.all"));
        districtFilter.setItemLabelGenerator(d -> d == null ? getTranslation("list.all") : d.name());
        categoryFilter.addValueChangeListener(e -> filter());
        stateFilter.addValueChangeListener(e -> filter());
        districtFilter.addValueChangeListener(e -> filter());
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
        map.setAriaLabel(getTranslation("scenario.map"));
        map.setHeight("22rem");
        map.getStyle().set("flex-shrink", "0");
        map.addViewportChangeListener(e -> {
            MarkersInView inView = proposals.markers(
                    municipality.id(), new Viewport(e.getSouth(), e.getWest(), e.getNorth(), e.getEast()));
            markers = inView.markers().stream().collect(Collectors.toMap(m -> m.id().toString(), m -> m, (a, b) -> a));
            clusters = inView.clusters().stream().collect(Collectors.toMap(ProposalCluster::id, c -> c, (a, b) -> a));
            drawMarkers();
        });
        map.addFeatureClickListener(e -> {
            // A counted cluster zooms in; the proposals in it can then be picked one by one.
            ProposalCluster cluster = clusters.get(e.getFeatureId());
            if (cluster != null) {
                map.fitBounds(
                        cluster.cell().south(),
                        cluster.cell().west(),
                        cluster.cell().north(),
                        cluster.cell().east());
            }
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
        Paragraph loginToSave = new Paragraph(getTranslation("scenario.login-to-save") + " ");
        loginToSave.add(new Anchor("login", getTranslation("scenario.login")));
        boolean mayStore = scenarios.canSave();
        save.setEnabled(mayStore);
        loginToSave.setVisible(!mayStore);

        HorizontalLayout filters = new HorizontalLayout(categoryFilter, stateFilter, districtFilter);
        filters.addClassName("samskap-toolbar");
        processLine.setVisible(false);
        add(
                heading,
                processLine,
                new Paragraph(getTranslation("scenario.intro")),
                filters,
                grid,
                map,
                totals,
                new HorizontalLayout(name, save),
                loginToSave,
                shareLink);
        show(selected.municipality());
    }

    /** Shows the municipality's proposals, districts and map, and the scenario's totals there. */
    private void show(Municipality shown) {
        municipality = shown;
        heading.setText(getTranslation("scenario.heading", shown.name()));
        markers = Map.of();
        districtFilter.setItems(shown.districts());
        map.setView(shown.centreLat(), shown.centreLon(), shown.zoom());
        filter();
        showTotals();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getRouteParameters().get("id").isEmpty()) {
            // scenarios?process=…: a scenario for a process, starting from its proposals.
            event.getLocation()
                    .getQueryParameters()
                    .getSingleParameter("process")
                    .ifPresent(text -> {
                        ProcessRef ref = ProcessId.parse(text)
                                .flatMap(scenarios::process)
                                .orElseThrow(NotFoundException::new);
                        forProcess(ref);
                        chosenIds.clear();
                        proposals.inProcess(ref.id(), MAX_FROM_PROCESS).forEach(m -> chosenIds.add(m.id()));
                        chosenChanged();
                    });
        }
        event.getRouteParameters().get("id").ifPresent(idText -> {
            UUID id;
            try {
                id = UUID.fromString(idText);
            } catch (IllegalArgumentException e) {
                throw new NotFoundException();
            }
            SavedScenario saved = scenarios.find(id).orElseThrow(NotFoundException::new);
            // A shared link opens what was shared, wherever the visitor was looking before.
            if (!saved.municipality().equals(municipality.id())) {
                selected.set(saved.municipality());
                show(selected.municipality());
            }
            if (saved.process() != null) {
                scenarios.process(saved.process()).ifPresent(this::forProcess);
            }
            name.setValue(saved.name());
            chosenIds.clear();
            chosenIds.addAll(saved.proposals());
            chosenChanged();
            shareLink.show(id);
            // The totals just shown are the saved scenario's: compare with them, not a second computation.
            ScenarioShare.versionNote(saved, shown).ifPresent(shareLink::add);
        });
    }

    /** Names the process the scenario is made for, with a link back, and shows its municipality. */
    private void forProcess(ProcessRef ref) {
        process = ref;
        if (!ref.municipality().equals(municipality.id())) {
            selected.set(ref.municipality());
            show(selected.municipality());
        }
        processLine.removeAll();
        processLine.add(
                new Span(getTranslation("scenario.for-process") + " "),
                new Anchor("processes/" + ref.id(), ref.title()));
        processLine.setVisible(true);
    }

    private List<ProposalId> chosen() {
        return List.copyOf(chosenIds);
    }

    private void filter() {
        Municipality.District d = districtFilter.getValue();
        // New items clear the grid's selection; that must not take proposals out of the scenario.
        syncing = true;
        try {
            grid.setItems(proposals
                    .search(
                            new ProposalQuery(
                                    municipality.id(),
                                    categoryFilter.getValue(),
                                    stateFilter.getValue(),
                                    d == null ? null : d.id(),
                                    null,
                                    false),
                            0,
                            500)
                    .getContent());
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
            grid.asMultiSelect()
                    .setValue(grid.getListDataView()
                            .getItems()
                            .filter(p -> chosenIds.contains(p.id()))
                            .collect(Collectors.toSet()));
        } finally {
            syncing = false;
        }
    }

    private void drawMarkers() {
        List<MapFeature> features = new ArrayList<>();
        markers.values()
                .forEach(m -> features.add(new MapFeature(
                        m.id().toString(),
                        m.shapeGeoJson(),
                        m.lat(),
                        m.lon(),
                        chosenIds.contains(m.id()) ? "#7c3aed" : "#6b7280",
                        (chosenIds.contains(m.id()) ? "✓ " : "") + m.title())));
        clusters.values()
                .forEach(c -> features.add(MapFeature.group(
                        c.id(), c.lat(), c.lon(), c.count(), getTranslation("map.cluster", c.count()))));
        map.setFeatures(features);
    }

    private void showTotals() {
        shown = scenarios.compute(municipality.id(), chosen());
        totals.show(chosenIds.size(), shown);
    }

    private void save() {
        name.setInvalid(false);
        try {
            UUID id =
                    scenarios.save(municipality.id(), process == null ? null : process.id(), name.getValue(), chosen());
            shareLink.show(id);
        } catch (UserFacingException e) {
            if (e.field() == null) {
                throw e;
            }
            FieldErrors.show(e, Map.of("name", name), this);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        // New, answered (state) and hidden proposals change the list and what a scenario counts; votes and
        // comments do not, and workshop events are none of this page's business. Missed events: reload too.
        Throttle refresh = new Throttle(ui, LIVE_REFRESH_INTERVAL, () -> {
            filter();
            showTotals();
        });
        Predicate<LiveEvent> here = e -> e.municipality().equals(municipality.id());
        liveRegistrations = List.of(
                live.subscribe(ui, ProposalSubmitted.class, here, e -> refresh.request()),
                live.subscribe(ui, ProposalAnswered.class, here, e -> refresh.request()),
                live.subscribe(ui, ProposalHidden.class, here, e -> refresh.request()),
                live.onResync(ui, refresh::request));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        liveRegistrations.forEach(Registration::remove);
        liveRegistrations = List.of();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.scenarios") + " – Samskap";
    }
}
