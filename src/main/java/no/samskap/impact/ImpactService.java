package no.samskap.impact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.samskap.impact.internal.ModelRunner;
import no.samskap.proposals.Category;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import org.springframework.stereotype.Service;

/** Estimates the impact of a measure from its category, inputs and municipality. */
@Service
public class ImpactService {

    private final ModelRunner models;
    private final FactorCatalogue catalogue;
    private final int cacheSize;
    // An estimate depends only on its inputs and the catalogue (fixed while the node runs), so every
    // node may keep its own; a scenario of a thousand proposals then adds up draws instead of rerunning them.
    private final Map<Key, Estimate> cache = new ConcurrentHashMap<>();

    private record Key(Category category, Map<String, Double> inputs, MunicipalityId municipality) {}

    ImpactService(ModelRunner models, FactorCatalogue catalogue, ImpactSettings settings) {
        this.models = models;
        this.catalogue = catalogue;
        this.cacheSize = settings.cacheSize();
    }

    /** The inputs a category's model asks for. */
    public List<ParameterSpec> parameters(Category category) {
        return models.parameters(category);
    }

    /** The factors a category's model can use in a municipality, with their sources and ranges. */
    public List<Factor> factors(Category category, MunicipalityId municipality) {
        return models.factors(category, municipality);
    }

    /** The factor catalogue's change log, oldest first. */
    public List<FactorCatalogue.Change> changes() {
        return catalogue.changes();
    }

    /** The version of the factor catalogue estimates are computed with now. */
    public String catalogueVersion() {
        return catalogue.version();
    }

    /**
     * The estimate; inputs outside their sensible range or contradicting each other are refused
     * with a field error, missing ones are listed in {@link Estimate#missing()} instead of guessed.
     */
    public Estimate estimate(Category category, Map<String, Double> inputs, MunicipalityId municipality) {
        Map<String, Double> checked = new HashMap<>();
        for (ParameterSpec spec : parameters(category)) {
            Double value = inputs.get(spec.name());
            if (value == null) {
                continue;
            }
            if (!spec.accepts(value)) {
                throw UserFacingException.forField(
                        spec.name(),
                        spec.choice() ? "error.impact.choice" : "error.impact.range",
                        spec.min(),
                        spec.max(),
                        spec.unit());
            }
            checked.put(spec.name(), value);
        }
        Key key = new Key(category, Map.copyOf(checked), municipality);
        Estimate cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Estimate estimate = models.run(category, key.inputs(), municipality);
        if (cache.size() >= cacheSize) {
            // Rarely reached; starting afresh is cheaper than tracking recency on every read.
            cache.clear();
        }
        cache.put(key, estimate);
        return estimate;
    }
}
