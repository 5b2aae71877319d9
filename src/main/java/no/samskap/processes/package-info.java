/**
 * Participation processes with a beginning and an end: phases with dates that say what participants
 * may do (propose, comment, vote, budget, attend a workshop), templates for a plan under the Planning
 * and Building Act, a climate budget and a participatory budget, and the "what we heard" summary of
 * each phase.
 */
@ApplicationModule(
        displayName = "Processes",
        allowedDependencies = {"identity", "impact", "live", "map", "municipality", "proposals", "shared", "workshops"})
package no.samskap.processes;

import org.springframework.modulith.ApplicationModule;
