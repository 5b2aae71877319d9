package no.samskap.proposals;

/**
 * What an author writes; plain strings because it may come from a form or a forged
 * request, and everything is checked by the service and the aggregate.
 *
 * @param category a {@link Category} code
 * @param geometryGeoJson a GeoJSON Point, LineString or Polygon in WGS84
 */
public record ProposalInput(String title, String description, String category, String geometryGeoJson) {
}
