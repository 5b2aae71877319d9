package no.samskap.impact.internal;

/**
 * Which value each factor takes in one run of a model: its central value, or Monte Carlo draw
 * {@code index}, whose values the factor catalogue has drawn once for every factor (see
 * {@link no.samskap.impact.FactorCatalogue#draw}).
 */
record Draw(int index) {

    static final Draw CENTRAL = new Draw(-1);

    boolean central() {
        return index < 0;
    }
}
