/** Reports, hiding and restoring content, the review queue and blocking accounts. */
@ApplicationModule(
        displayName = "Moderation",
        allowedDependencies = {"identity", "municipality", "protection", "shared"})
package no.samskap.moderation;

import org.springframework.modulith.ApplicationModule;
