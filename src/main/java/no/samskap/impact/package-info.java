/** Impact estimates: factors with sources, one model per proposal category, scenarios. */
@ApplicationModule(
        displayName = "Impact",
        allowedDependencies = {"chart", "identity", "live", "map", "municipality", "proposals", "protection", "shared"})
package no.samskap.impact;

import org.springframework.modulith.ApplicationModule;
