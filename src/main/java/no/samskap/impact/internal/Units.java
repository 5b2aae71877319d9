package no.samskap.impact.internal;

/** Unit conversions the models use: definitions, not figures that need a source. */
final class Units {

    static final double KG_PER_TONNE = 1_000;
    static final double KWH_PER_MWH = 1_000;
    static final double W_PER_KW = 1_000;
    static final double DAYS_PER_YEAR = 365;
    static final double PERCENT = 100;

    private Units() {}
}
