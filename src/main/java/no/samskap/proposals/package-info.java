/** Proposals: the aggregate, its states and geometry, and the views to create and find them. */
@ApplicationModule(
        displayName = "Proposals",
        allowedDependencies = {"identity", "live", "map", "moderation", "municipality", "protection", "shared"})
package no.samskap.proposals;

import org.springframework.modulith.ApplicationModule;
