package no.samskap.impact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samskap.impact.internal.ModelRunner;
import no.samskap.proposals.Category;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import org.springframework.stereotype.Service;

/** Estimates the impact of a measure from its category, inputs and municipality. */
@Service
public class ImpactService {

    private final ModelRunner models;

    ImpactService(ModelRunner models) {
        this.models = models;
    }

    /** The inputs a category's model asks for. */
    public List<ParameterSpec> parameters(Category category) {
        return models.parameters(category);
    }

    /**
     * The estimate; inputs outside their sensible range are refused with a field error,
     * missing ones are listed in {@link Estimate#missing()} instead of guessed.
     */
    public Estimate estimate(Category category, Map<String, Double> inputs, MunicipalityId municipality) {
        Map<String, Double> checked = new HashMap<>();
        for (ParameterSpec spec : parameters(category)) {
            Double value = inputs.get(spec.name());
            if (value == null) {
                continue;
            }
            if (!Double.isFinite(value) || value < spec.min() || value > spec.max()) {
                throw UserFacingException.forField(
                        spec.name(), "error.impact.range", spec.min(), spec.max(), spec.unit());
            }
            checked.put(spec.name(), value);
        }
        return models.run(category, checked, municipality);
    }
}
