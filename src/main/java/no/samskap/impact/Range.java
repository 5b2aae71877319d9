package no.samskap.impact;

import java.util.Arrays;

/**
 * A figure with its uncertainty: the central value (every input at its central value) and the
 * 10th and 90th percentiles of the Monte Carlo draws, widened where needed so the range always
 * contains the central value (a skewed input such as the electricity factor can put the central
 * value outside P10–P90).
 */
public record Range(double low, double central, double high) {

    public Range {
        if (!(low <= central && central <= high)) {
            throw new IllegalArgumentException("range " + low + " <= " + central + " <= " + high);
        }
    }

    public static Range of(double value) {
        return new Range(value, value, value);
    }

    /** P10 and P90 of the draws around the central value; draws that are NaN are left out. */
    public static Range of(double central, double[] draws) {
        double[] valid = new double[draws.length];
        int n = 0;
        for (double d : draws) {
            if (!Double.isNaN(d)) {
                valid[n++] = d;
            }
        }
        if (n == 0) {
            return of(central);
        }
        valid = Arrays.copyOf(valid, n);
        Arrays.sort(valid);
        double p10 = percentile(valid, 0.10);
        double p90 = percentile(valid, 0.90);
        return new Range(Math.min(p10, central), central, Math.max(p90, central));
    }

    /**
     * Cost per tonne: annual cost over yearly net tonnes, central and per draw; null when the central
     * net tonnes are not positive. Draws whose tonnes are not positive are left out of the range.
     */
    public static Range costPerTonne(double cost, double tonnes, double[] costs, double[] tonnesByDraw) {
        if (tonnes <= 0) {
            return null;
        }
        double[] ratio = new double[costs.length];
        for (int i = 0; i < ratio.length; i++) {
            ratio[i] = tonnesByDraw[i] > 0 ? costs[i] / tonnesByDraw[i] : Double.NaN;
        }
        return of(cost / tonnes, ratio);
    }

    /** Linear interpolation between the closest ranks of sorted values. */
    static double percentile(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
    }

    public boolean contains(double value) {
        return low <= value && value <= high;
    }

    public Range times(double factor) {
        return factor >= 0
                ? new Range(low * factor, central * factor, high * factor)
                : new Range(high * factor, central * factor, low * factor);
    }
}
