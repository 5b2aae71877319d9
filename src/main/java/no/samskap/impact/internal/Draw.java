package no.samskap.impact.internal;

import no.samskap.impact.Factor;

/**
 * Which value each factor takes in one run of a model: its central value, or draw {@code index}
 * of a seeded Monte Carlo. A draw depends only on the seed, the factor's key and the index, so the
 * same seed gives the same numbers on every node, and two estimates drawn with the same index share
 * their common factors (the electricity factor is high or low for all measures at once).
 */
record Draw(long seed, int index) {

    static final Draw CENTRAL = new Draw(0, -1);

    boolean central() {
        return index < 0;
    }

    /** The factor's value in this draw, from a triangular distribution over low, central and high. */
    double value(Factor f) {
        if (central() || f.low() == f.high()) {
            return f.central();
        }
        return triangular(f.low(), f.central(), f.high(), uniform(f.key()));
    }

    double uniform(String key) {
        long h = mix(seed ^ (key.hashCode() * 0x9E3779B97F4A7C15L) ^ ((index + 1L) * 0xC2B2AE3D27D4EB4FL));
        return (h >>> 11) * 0x1.0p-53;
    }

    /** Inverse of the triangular distribution's cumulative distribution function. */
    static double triangular(double low, double mode, double high, double u) {
        double width = high - low;
        double split = (mode - low) / width;
        return u < split
                ? low + Math.sqrt(u * width * (mode - low))
                : high - Math.sqrt((1 - u) * width * (high - mode));
    }

    /** SplitMix64's finaliser: spreads a 64-bit seed over all bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
