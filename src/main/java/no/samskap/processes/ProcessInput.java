package no.samskap.processes;

import java.util.List;

/**
 * A process as an official writes it; plain values because they come from a form, checked by the service.
 *
 * @param areaGeoJson a GeoJSON polygon inside the municipality, or null for the whole municipality
 */
public record ProcessInput(
        String title, String description, String areaGeoJson, ProcessTemplate template, List<PhaseInput> phases) {

    public ProcessInput {
        phases = phases == null ? List.of() : List.copyOf(phases);
    }
}
