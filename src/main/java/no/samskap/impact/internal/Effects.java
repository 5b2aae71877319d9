package no.samskap.impact.internal;

import no.samskap.impact.KpiEffect;

/** The U4SSC KPIs the models move (codes as in impact/u4ssc-kpis.csv). */
final class Effects {

    static final KpiEffect GHG_DOWN = new KpiEffect("EN: EN: AQ: 2C", -1);
    static final KpiEffect RENEWABLE_UP = new KpiEffect("EN: E: E: 1C", +1);
    static final KpiEffect ELECTRICITY_DOWN = new KpiEffect("EN: E: E: 2C", -1);
    static final KpiEffect THERMAL_DOWN = new KpiEffect("EN: E: E: 3C", -1);
    static final KpiEffect PUBLIC_BUILDINGS_DOWN = new KpiEffect("EN: E: E: 4A", -1);
    static final KpiEffect WASTE_TREATMENT_UP = new KpiEffect("EN: EN: WA: 1C", +1);
    static final KpiEffect MODE_SHARE = new KpiEffect("EC: I: T: 4A", +1);
    static final KpiEffect BIKE_NETWORK_UP = new KpiEffect("EC: I: T: 3C", +1);
    static final KpiEffect LOW_CARBON_VEHICLES_UP = new KpiEffect("EC: I: T: 8A", +1);

    private Effects() {}
}
