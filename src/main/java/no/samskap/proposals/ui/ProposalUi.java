package no.samskap.proposals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import no.samskap.map.LayerStyle;
import no.samskap.map.LeafletMap;
import no.samskap.map.MapFeature;
import no.samskap.municipality.Municipality;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalMarker;

/** Small pieces the proposal views share. */
final class ProposalUi {

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private ProposalUi() {}

    static MapFeature feature(ProposalMarker m, Component i18n) {
        String label = m.title() + " (" + i18n.getTranslation(m.category().messageKey()) + ")";
        return new MapFeature(
                m.id().toString(),
                m.shapeGeoJson(),
                m.lat(),
                m.lon(),
                m.category().group().color(),
                label);
    }

    static Span categoryBadge(Category category, Component i18n) {
        Span badge = new Span(i18n.getTranslation(category.messageKey()));
        badge.addClassName("samskap-category");
        badge.getStyle().set("--samskap-dot", category.group().color());
        return badge;
    }

    static String date(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(NORWAY)
                .format(instant);
    }

    /** Centres the map on the municipality and draws its boundary and districts. */
    static void showMunicipality(LeafletMap map, Municipality m, Component i18n) {
        map.setView(m.centreLat(), m.centreLon(), m.zoom());
        map.setGeoJsonLayer("boundary", m.boundaryGeoJson(), new LayerStyle("#374151", 2, 0.0, false));
        StringBuilder districts = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < m.districts().size(); i++) {
            if (i > 0) {
                districts.append(',');
            }
            districts
                    .append("{\"type\":\"Feature\",\"properties\":{},\"geometry\":")
                    .append(m.districts().get(i).geometryGeoJson())
                    .append('}');
        }
        districts.append("]}");
        map.setGeoJsonLayer("districts", districts.toString(), new LayerStyle("#6b7280", 1, 0.03, true));
        if (m.boundaryApproximate()) {
            map.setExtraAttribution(i18n.getTranslation("map.boundary-approximate"));
        }
        map.setAriaLabel(i18n.getTranslation("map.aria-label", m.name()));
    }
}
