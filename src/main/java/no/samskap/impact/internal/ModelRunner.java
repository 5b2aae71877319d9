package no.samskap.impact.internal;

import java.util.List;
import java.util.Map;
import no.samskap.impact.Estimate;
import no.samskap.impact.FactorCatalogue;
import no.samskap.impact.ParameterSpec;
import no.samskap.proposals.Category;
import no.samskap.shared.MunicipalityId;
import org.springframework.stereotype.Component;

/** Runs the category's model against the factor catalogue. */
@Component
public class ModelRunner {

    private final FactorCatalogue catalogue;

    public ModelRunner(FactorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<ParameterSpec> parameters(Category category) {
        return Models.PARAMETERS.getOrDefault(category, List.of());
    }

    public Estimate run(Category category, Map<String, Double> inputs, MunicipalityId municipality) {
        return Models.estimate(new Calculation(category, municipality, catalogue, inputs), category);
    }
}
