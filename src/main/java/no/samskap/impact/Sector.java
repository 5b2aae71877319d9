package no.samskap.impact;

import java.util.Locale;

/**
 * The sectors of Miljødirektoratet's municipal emission statistics ("Klimagassutslipp fra kommuner"),
 * the territorial inventory municipal climate targets are set against.
 */
public enum Sector {
    ENERGY_SUPPLY,
    INDUSTRY,
    HEATING,
    ROAD_TRANSPORT,
    SHIPPING,
    AVIATION,
    OTHER_MOBILE,
    AGRICULTURE,
    WASTE;

    public String messageKey() {
        return "sector." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
