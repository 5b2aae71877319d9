package no.samskap.impact;

/**
 * An input a model needs from the proposal form.
 *
 * @param name the parameter key stored with the proposal
 * @param unit what the number counts, for the form label
 * @param min smallest sensible value (inclusive)
 * @param max largest sensible value (inclusive); a 10 GW rooftop is refused
 */
public record ParameterSpec(String name, String unit, double min, double max) {}
