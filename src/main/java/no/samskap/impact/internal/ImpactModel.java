package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.Estimate;
import no.samskap.impact.ParameterSpec;
import no.samskap.proposals.Category;

/**
 * One category's model: the inputs it asks for and its estimate from them. Every figure comes from the
 * factor catalogue; energy in MWh/yr, emissions in t CO2e/yr, money in NOK.
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

    Estimate estimate(Calculation c);
}
