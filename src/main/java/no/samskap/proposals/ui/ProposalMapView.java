package no.samskap.proposals.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.samskap.identity.CurrentUser;
import no.samskap.live.LiveUpdates;
import no.samskap.live.Presence;
import no.samskap.live.PresenceAvatars;
import no.samskap.map.LeafletMap;
import no.samskap.map.MapFeature;
import no.samskap.map.Maps;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.proposals.CategoryGroup;
import no.samskap.proposals.MarkersInView;
import no.samskap.proposals.ProposalCluster;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalIndicator;
import no.samskap.proposals.ProposalMarker;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalSubmitted;
import no.samskap.proposals.Viewport;
import no.samskap.shared.SamskapIcon;

/** The map of a municipality's proposals; the start page. */
@Route("")
@Menu(order = 0, title = "menu.map")
@AnonymousAllowed
public class ProposalMapView extends VerticalLayout implements HasDynamicTitle {

    private final ProposalService proposals;
    private final LiveUpdates live;
    private final Municipality municipality;
    private final LeafletMap map;
    private final Paragraph truncatedNotice = new Paragraph();
    private final Map<String, ProposalCluster> clusters = new HashMap<>();
    private final UnorderedList liveFeed = new UnorderedList();
    private final Div selection = new Div();
    private final Map<String, ProposalMarker> shown = new HashMap<>();
    private MarkersInView loaded;
    private Registration liveRegistration;

    private final List<ProposalIndicator> indicators;

    private Viewport lastViewport;
    private Registration resyncRegistration;

    public ProposalMapView(
            ProposalService proposals,
            SelectedMunicipality selected,
            LiveUpdates live,
            Maps maps,
            List<ProposalIndicator> indicators,
            Presence presence,
            CurrentUser currentUser) {
        this.map = maps.create();
        this.indicators = indicators;
        this.proposals = proposals;
        this.live = live;
        this.municipality = selected.municipality();
        addClassName("samskap-map-page");
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        Button propose = new Button(
                getTranslation("map.propose"),
                SamskapIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ProposalEditorView.class)));
        propose.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout legend = new HorizontalLayout();
        legend.getElement().setAttribute("aria-label", getTranslation("map.legend"));
        for (CategoryGroup group : CategoryGroup.values()) {
            Span item = new Span(getTranslation("group." + group.name().toLowerCase(Locale.ROOT)));
            item.addClassName("samskap-category");
            item.getStyle().set("--samskap-dot", group.color());
            legend.add(item);
        }
        Anchor listLink = new Anchor("proposals", getTranslation("map.list-alternative"));
        PresenceAvatars here = new PresenceAvatars(presence, "map:" + municipality.id(), currentUser.visitor());
        HorizontalLayout toolbar = new HorizontalLayout(propose, legend, listLink, here);
        toolbar.setAlignItems(Alignment.CENTER);
        toolbar.addClassName("samskap-toolbar");
        toolbar.setPadding(true);
        toolbar.setWidthFull();

        truncatedNotice.setVisible(false);
        truncatedNotice.getElement().setAttribute("role", "status");
        liveFeed.addClassName("samskap-live-feed");
        liveFeed.getElement().setAttribute("aria-live", "polite");
        liveFeed.getElement().setAttribute("aria-label", getTranslation("map.live-feed"));
        selection.addClassName("samskap-card");
        selection.setVisible(false);

        ProposalUi.showMunicipality(map, municipality, this);
        map.setWidthFull();
        map.addViewportChangeListener(
                e -> loadViewport(new Viewport(e.getSouth(), e.getWest(), e.getNorth(), e.getEast())));
        map.addFeatureClickListener(e -> select(e.getFeatureId()));

        H1 heading = new H1(getTranslation("map.title", municipality.name()));
        heading.addClassName("samskap-sr-only");
        add(heading, toolbar, map, truncatedNotice, selection, liveFeed);
        setFlexGrow(1, map);
    }

    private void loadViewport(Viewport viewport) {
        lastViewport = viewport;
        // Markers loaded with a margin serve small pans; counted clusters depend on the zoom, so never reused.
        if (loaded != null && !loaded.clustered() && loaded.area().contains(viewport)) {
            return;
        }
        loaded = proposals.markers(municipality.id(), viewport);
        shown.clear();
        clusters.clear();
        loaded.markers().forEach(m -> shown.put(m.id().toString(), m));
        loaded.clusters().forEach(c -> clusters.put(c.id(), c));
        List<MapFeature> features = new ArrayList<>();
        loaded.markers().forEach(m -> features.add(ProposalUi.feature(m, this)));
        loaded.clusters()
                .forEach(c -> features.add(MapFeature.group(
                        c.id(), c.lat(), c.lon(), c.count(), getTranslation("map.cluster", c.count()))));
        map.setFeatures(features);
        truncatedNotice.setText(getTranslation("map.truncated"));
        truncatedNotice.setVisible(loaded.clustered());
    }

    private void select(String featureId) {
        ProposalCluster cluster = clusters.get(featureId);
        if (cluster != null) {
            // A number opens up: the map zooms to its cell, and the next load shows what is in it.
            Viewport cell = cluster.cell();
            map.fitBounds(cell.south(), cell.west(), cell.north(), cell.east());
            return;
        }
        ProposalMarker marker = shown.get(featureId);
        selection.removeAll();
        if (marker == null) {
            selection.setVisible(false);
            return;
        }
        Anchor open = new Anchor("proposals/" + marker.id(), marker.title());
        selection.add(open, new Span(" "), ProposalUi.categoryBadge(marker.category(), this));
        for (var indicator : indicators) {
            String value = indicator.values(List.of(marker.id()), getLocale()).get(marker.id());
            if (value != null) {
                selection.add(new Span(" · " + value));
            }
        }
        selection.setVisible(true);
    }

    private void onSubmitted(ProposalSubmitted event) {
        ProposalMarker marker = event.toMarker();
        if (loaded != null && loaded.area().contains(marker.lat(), marker.lon())) {
            shown.put(marker.id().toString(), marker);
            map.putFeature(ProposalUi.feature(marker, this));
        }
        ListItem item = new ListItem(
                new Span(getTranslation("map.live.new", event.authorName()) + " "),
                new Anchor("proposals/" + event.proposal(), event.title()));
        liveFeed.addComponentAsFirst(item);
        while (liveFeed.getComponentCount() > 5) {
            liveFeed.remove(liveFeed.getComponentAt(5));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        liveRegistration = live.subscribe(
                event.getUI(),
                ProposalSubmitted.class,
                e -> e.municipality().equals(municipality.id()),
                this::onSubmitted);
        resyncRegistration = live.onResync(event.getUI(), () -> {
            if (lastViewport != null) {
                loaded = null; // keyed by id: markers already shown are kept, never doubled
                loadViewport(lastViewport);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
            resyncRegistration.remove();
        }
    }

    /** For tests: the ids of the proposals currently on the map. */
    Set<ProposalId> shownIds() {
        return shown.keySet().stream()
                .map(id -> ProposalId.parse(id).orElseThrow())
                .collect(Collectors.toSet());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("map.title", municipality.name()) + " – Samskap";
    }
}
