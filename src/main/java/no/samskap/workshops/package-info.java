/**
 * Live workshops: a facilitator's session on an area of the map, joined by code, with presence,
 * "follow me", idea pins, timed dot-voting rounds, a projector view and a CSV of the results.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workshops")
package no.samskap.workshops;
