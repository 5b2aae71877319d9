package no.samskap.proposals;

import java.util.Map;

/**
 * What an author writes; plain strings because it may come from a form or a forged
 * request, and everything is checked by the service and the aggregate.
 *
 * @param category a {@link Category} code
 * @param geometryGeoJson a GeoJSON Point, LineString or Polygon in WGS84
 * @param parameters the numeric inputs of the category's impact model (may be empty)
 */
public record ProposalInput(
        String title, String description, String category, String geometryGeoJson, Map<String, Double> parameters) {

    public ProposalInput {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    public ProposalInput(String title, String description, String category, String geometryGeoJson) {
        this(title, description, category, geometryGeoJson, Map.of());
    }
}
