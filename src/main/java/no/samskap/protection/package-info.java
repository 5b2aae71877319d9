/**
 * Protection against abuse: cluster-wide rate limits, the client's real address behind a trusted
 * proxy, and the structured security log. Knows no feature; features name the limit they use.
 */
@ApplicationModule(
        displayName = "Protection",
        allowedDependencies = {"live", "shared"})
package no.samskap.protection;

import org.springframework.modulith.ApplicationModule;
