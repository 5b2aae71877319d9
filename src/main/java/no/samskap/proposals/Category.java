package no.samskap.proposals;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The catalogue of measures a proposal can be. */
public enum Category {
    ROOFTOP_SOLAR(CategoryGroup.ENERGY),
    HEAT_PUMP(CategoryGroup.ENERGY),
    BUILDING_RETROFIT(CategoryGroup.ENERGY),
    LED_STREET_LIGHTING(CategoryGroup.ENERGY),
    DISTRICT_HEATING(CategoryGroup.ENERGY),
    EV_CHARGING(CategoryGroup.ENERGY),
    ENERGY_COMMUNITY(CategoryGroup.ENERGY),
    REUSE_REPAIR_CENTRE(CategoryGroup.CIRCULAR),
    SHARING_LIBRARY(CategoryGroup.CIRCULAR),
    FOOD_WASTE_REDUCTION(CategoryGroup.CIRCULAR),
    TEXTILE_COLLECTION(CategoryGroup.CIRCULAR),
    BUILDING_MATERIAL_REUSE(CategoryGroup.CIRCULAR),
    BIKE_LANE(CategoryGroup.MOBILITY),
    PUBLIC_TRANSPORT(CategoryGroup.MOBILITY);

    private final CategoryGroup group;

    Category(CategoryGroup group) {
        this.group = group;
    }

    public CategoryGroup group() {
        return group;
    }

    /** The message key of the category's name. */
    public String messageKey() {
        return "category." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Looks a category up by its code; empty for anything not in the catalogue. */
    public static Optional<Category> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
