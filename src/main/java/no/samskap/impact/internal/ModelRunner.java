package no.samskap.impact.internal;

import java.util.EnumMap;
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

    private static final List<ImpactModel> MODELS = List.of(
            new RooftopSolar(),
            new EnergyCommunity(),
            new HeatPump(),
            new BuildingRetrofit(),
            new LedStreetLighting(),
            new DistrictHeating(),
            new EvCharging(),
            new ReuseRepairCentre(),
            new SharingLibrary(),
            new FoodWasteReduction(),
            new TextileCollection(),
            new BuildingMaterialReuse(),
            new BikeLane(),
            new PublicTransport());

    private final FactorCatalogue catalogue;
    private final Map<Category, ImpactModel> models = new EnumMap<>(Category.class);

    public ModelRunner(FactorCatalogue catalogue) {
        this.catalogue = catalogue;
        MODELS.forEach(m -> models.put(m.category(), m));
        for (Category category : Category.values()) {
            if (!models.containsKey(category)) {
                throw new IllegalStateException("No impact model for category " + category);
            }
        }
    }

    public List<ParameterSpec> parameters(Category category) {
        return models.get(category).parameters();
    }

    public Estimate run(Category category, Map<String, Double> inputs, MunicipalityId municipality) {
        return models.get(category).estimate(new Calculation(category, municipality, catalogue, inputs));
    }
}
