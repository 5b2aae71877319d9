package no.samskap.impact.internal;

import java.util.List;
import java.util.Map;
import no.samskap.impact.ParameterSpec;
import no.samskap.proposals.Category;
import no.samskap.proposals.MeasureParameters;
import no.samskap.shared.UserFacingException;
import org.springframework.stereotype.Component;

/** Tells the proposal form which inputs each category's model needs, and checks them on save. */
@Component
class ImpactParameters implements MeasureParameters {

    private final ModelRunner models;

    ImpactParameters(ModelRunner models) {
        this.models = models;
    }

    @Override
    public List<Field> fields(Category category) {
        return models.parameters(category).stream()
                .map(p -> new Field(p.name(), p.unit(), p.min(), p.max()))
                .toList();
    }

    @Override
    public void check(Category category, Map<String, Double> values) {
        List<ParameterSpec> specs = models.parameters(category);
        for (Map.Entry<String, Double> e : values.entrySet()) {
            ParameterSpec spec = specs.stream()
                    .filter(s -> s.name().equals(e.getKey()))
                    .findFirst()
                    .orElseThrow(() -> UserFacingException.forField(e.getKey(), "error.impact.unknown-input"));
            Double v = e.getValue();
            if (v == null || !spec.accepts(v)) {
                throw UserFacingException.forField(
                        spec.name(),
                        spec.choice() ? "error.impact.choice" : "error.impact.range",
                        spec.min(),
                        spec.max(),
                        spec.unit());
            }
        }
        // Inputs each within range may still contradict each other; the model refuses them at the field.
        models.check(category, Map.copyOf(values));
    }
}
