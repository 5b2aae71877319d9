package no.samskap.impact;

/**
 * A factor from the catalogue: a value with its low–high range, unit, year and source.
 *
 * @param note how the figure was derived or why it is contested, if anything needs saying
 */
public record Factor(
        String key,
        String unit,
        int year,
        double low,
        double central,
        double high,
        String sourceTitle,
        String sourceUrl,
        String note) {

    /** The same factor with another central value (kept inside the range), e.g. a municipality's choice. */
    public Factor withCentral(double value) {
        return new Factor(
                key, unit, year, Math.min(low, value), value, Math.max(high, value), sourceTitle, sourceUrl, note);
    }
}
