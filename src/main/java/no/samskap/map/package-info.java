/** A generic Leaflet map component: layers, clustered features, drawing and map events. */
@ApplicationModule(
        displayName = "Map",
        allowedDependencies = {})
package no.samskap.map;

import org.springframework.modulith.ApplicationModule;
