package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.ParameterSpec;
import no.samskap.proposals.Category;

/**
 * One category's model: the inputs it asks for and how it computes an estimate from them, in one run
 * of the Monte Carlo. Every figure comes from the factor catalogue; energy in MWh/yr, emissions in
 * t CO2e/yr, money in NOK. A model reports avoided emissions in their scope (territorial by sector,
 * or indirect), its money, lifetime and embodied emissions to the {@link Calculation}.
 */
sealed interface ImpactModel
        permits RooftopSolar,
                EnergyCommunity,
                HeatPump,
                BuildingRetrofit,
                LedStreetLighting,
                DistrictHeating,
                EvCharging,
                ReuseRepairCentre,
                SharingLibrary,
                FoodWasteReduction,
                TextileCollection,
                BuildingMaterialReuse,
                BikeLane,
                PublicTransport {

    Category category();

    List<ParameterSpec> parameters();

    void estimate(Calculation c);
}
