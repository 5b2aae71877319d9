package no.samskap.impact;

/** A figure with its sensitivity range. */
public record Range(double low, double central, double high) {

    public static Range of(double value) {
        return new Range(value, value, value);
    }

    public Range times(double factor) {
        return factor >= 0
                ? new Range(low * factor, central * factor, high * factor)
                : new Range(high * factor, central * factor, low * factor);
    }

    public Range plus(Range other) {
        return new Range(low + other.low, central + other.central, high + other.high);
    }

    public Range minus(Range other) {
        return new Range(low - other.high, central - other.central, high - other.low);
    }
}
