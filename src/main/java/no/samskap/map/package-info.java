/** A generic Leaflet map component: layers, clustered features, drawing and map events. */
@org.springframework.modulith.ApplicationModule(displayName = "Map")
package no.samskap.map;
