package no.samskap.municipality;

import java.util.List;
import no.samskap.shared.MunicipalityId;

/** A municipality as other modules see it. */
public record Municipality(
        MunicipalityId id,
        String name,
        double centreLat,
        double centreLon,
        int zoom,
        int population,
        int populationYear,
        String populationSource,
        boolean boundaryApproximate,
        String boundarySource,
        String boundaryGeoJson,
        List<District> districts) {

    /** A named part of a municipality. */
    public record District(String id, String name, int population, String geometryGeoJson) {}
}
