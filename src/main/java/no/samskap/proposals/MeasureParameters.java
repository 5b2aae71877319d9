package no.samskap.proposals;

import java.util.List;
import java.util.Map;

/**
 * The numeric inputs a category's impact model needs (kWp, homes, fittings …), contributed by
 * the impact module so proposals can ask for and check them without depending on it.
 */
public interface MeasureParameters {

    /** One input field: its key, unit and sensible range. */
    record Field(String name, String unit, double min, double max) {}

    List<Field> fields(Category category);

    /** Refuses values outside their range with a field error; unknown keys are refused too. */
    void check(Category category, Map<String, Double> values);
}
