package no.samskap.notifications.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samskap.map.DrawMode;
import no.samskap.map.LayerStyle;
import no.samskap.map.LeafletMap;
import no.samskap.map.MapFeature;
import no.samskap.map.Maps;
import no.samskap.municipality.Municipality;
import no.samskap.notifications.AreaWatches;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.UserFacingException;

/** "Places I watch": pick a place and a distance; new proposals within it notify the person. */
class AreaWatchSection extends VerticalLayout {

    private final AreaWatches watches;
    private final Municipality municipality;
    private final LeafletMap map;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph status = new Paragraph();
    private final Paragraph placeError = new Paragraph();
    private String place;

    AreaWatchSection(AreaWatches watches, Maps maps, Municipality municipality) {
        this.watches = watches;
        this.municipality = municipality;
        setPadding(false);
        map = maps.create();
        map.setAriaLabel(getTranslation("watch.map"));
        map.setWidthFull();
        map.setHeight("20rem");
        map.setView(municipality.centreLat(), municipality.centreLon(), municipality.zoom());
        map.setDrawMode(DrawMode.POINT);
        map.addShapeDrawnListener(e -> {
            place = e.getGeoJson();
            placeError.setVisible(false);
        });
        Button centre = new Button(getTranslation("watch.centre"), e -> map.placePointAtCentre());
        centre.addThemeVariants(ButtonVariant.SMALL);

        Select<Integer> radius = new Select<>();
        radius.setLabel(getTranslation("watch.radius"));
        radius.setItems(watches.radii());
        radius.setItemLabelGenerator(AreaWatchSection::distance);
        radius.setValue(watches.radii().contains(500) ? 500 : watches.radii().getFirst());

        placeError.getStyle().set("color", "var(--lumo-error-text-color)");
        placeError.getElement().setAttribute("role", "alert");
        placeError.setVisible(false);
        status.getElement().setAttribute("role", "status");
        Map<String, HasValidation> fields = Map.of("radius", radius);
        Button add = new Button(getTranslation("watch.add"), e -> {
            FieldErrors.clear(fields);
            placeError.setVisible(false);
            status.setText("");
            try {
                watches.watch(municipality.id(), place, radius.getValue() == null ? 0 : radius.getValue());
            } catch (UserFacingException error) {
                if ("place".equals(error.field())) {
                    // The place is on the map, not in a field: said next to the map, and the pick stays.
                    placeError.setText(getTranslation(error.messageKey(), error.arguments()));
                    placeError.setVisible(true);
                    return;
                }
                FieldErrors.show(error, fields, this);
                return;
            }
            place = null;
            map.clearDrawnShape();
            map.setDrawMode(DrawMode.POINT);
            status.setText(getTranslation("watch.added"));
            refresh();
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);

        add(
                new H2(getTranslation("watch.title")),
                new Paragraph(getTranslation("watch.intro")),
                map,
                new HorizontalLayout(centre),
                placeError,
                radius,
                add,
                status,
                list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<MapFeature> markers = new ArrayList<>();
        List<String> circles = new ArrayList<>();
        List<AreaWatches.Watch> mine = watches.mine(municipality.id());
        if (mine.isEmpty()) {
            list.add(new ListItem(getTranslation("watch.none")));
        }
        for (AreaWatches.Watch w : mine) {
            String where =
                    w.district().isEmpty() ? String.format(Locale.ROOT, "%.4f, %.4f", w.lat(), w.lon()) : w.district();
            String text = getTranslation("watch.item", distance(w.radiusMetres()), where);
            Button remove = new Button(getTranslation("watch.remove"), e -> {
                watches.remove(w.id());
                status.setText(getTranslation("watch.removed"));
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("watch.remove") + ": " + text);
            list.add(new ListItem(new Span(text + " "), remove));
            markers.add(new MapFeature("watch-" + w.id(), null, w.lat(), w.lon(), "#2563eb", text));
            circles.add("{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
                    + AreaWatches.circle(w.lat(), w.lon(), w.radiusMetres()) + "}");
        }
        map.setFeatures(markers);
        // Circles as an overlay: drawn at every zoom, unlike proposal shapes.
        map.setGeoJsonLayer(
                "watches",
                "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", circles) + "]}",
                new LayerStyle("#2563eb", 2, 0.12, false));
        if (!mine.isEmpty()) {
            // Shows the newest place with its whole circle.
            AreaWatches.Watch newest = mine.getLast();
            double dLat = newest.radiusMetres() / 111_320.0;
            double dLon = dLat / Math.cos(Math.toRadians(newest.lat()));
            map.fitBounds(newest.lat() - dLat, newest.lon() - dLon, newest.lat() + dLat, newest.lon() + dLon);
        }
    }

    private static String distance(int metres) {
        return metres >= 1000 && metres % 1000 == 0 ? (metres / 1000) + " km" : metres + " m";
    }
}
