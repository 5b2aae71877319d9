package no.samskap.proposals;

/**
 * A proposal as the map shows it.
 *
 * @param shapeGeoJson the line or area, or null for a point
 */
public record ProposalMarker(
        ProposalId id,
        String title,
        Category category,
        ProposalState state,
        double lat,
        double lon,
        String shapeGeoJson) {}
