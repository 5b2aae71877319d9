/**
 * Live workshops: a facilitator's session on an area of the map, joined by code, with presence,
 * "follow me", idea pins, timed dot-voting rounds, a projector view and a CSV of the results.
 */
@ApplicationModule(
        displayName = "Workshops",
        allowedDependencies = {"chart", "identity", "live", "map", "municipality", "proposals", "protection", "shared"})
package no.samskap.workshops;

import org.springframework.modulith.ApplicationModule;
