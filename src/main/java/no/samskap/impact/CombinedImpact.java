package no.samskap.impact;

import no.samskap.impact.ui.TotalsPanel;
import org.springframework.stereotype.Component;

/**
 * The panel the scenario page shows a set of proposals' combined impact with, for other pages that
 * show one (a participatory-budget ballot, its results): the same figures, rules and sources.
 */
@Component
public class CombinedImpact {

    private final ImpactSettings settings;

    CombinedImpact(ImpactSettings settings) {
        this.settings = settings;
    }

    /** A new panel; {@link Panel#show} fills it with a set's totals. */
    public Panel panel() {
        return new Panel(settings.discountRate());
    }

    /** The scenario totals panel under a name other modules may use. */
    public static final class Panel extends TotalsPanel {
        Panel(double discountRate) {
            super(discountRate);
        }

        /** Shows the totals of this many proposals. */
        @Override
        public void show(int proposals, ScenarioTotals totals) {
            super.show(proposals, totals);
        }
    }
}
