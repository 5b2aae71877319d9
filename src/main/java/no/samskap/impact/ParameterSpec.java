package no.samskap.impact;

/**
 * An input a model needs from the proposal form.
 *
 * @param name the parameter key stored with the proposal
 * @param unit what the number counts, for the form label
 * @param min smallest sensible value (inclusive)
 * @param max largest sensible value (inclusive); a 10 GW rooftop is refused
 * @param choice whether the number picks one of a few options (a type, a label grade, yes or no), so
 *        only whole numbers are accepted
 */
public record ParameterSpec(String name, String unit, double min, double max, boolean choice) {

    public ParameterSpec(String name, String unit, double min, double max) {
        this(name, unit, min, max, false);
    }

    /** An input that picks one of the whole numbers from min to max. */
    public static ParameterSpec choice(String name, String unit, int min, int max) {
        return new ParameterSpec(name, unit, min, max, true);
    }

    /** Whether the value is allowed: finite, within the range, and whole for a choice. */
    public boolean accepts(double value) {
        return Double.isFinite(value) && value >= min && value <= max && (!choice || value == Math.rint(value));
    }
}
