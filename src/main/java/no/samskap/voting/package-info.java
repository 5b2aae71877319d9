/** Support and opposition: one vote per account and proposal, tallies by stakeholder type. */
@ApplicationModule(
        displayName = "Voting",
        allowedDependencies = {"identity", "live", "proposals", "protection", "shared"})
package no.samskap.voting;

import org.springframework.modulith.ApplicationModule;
