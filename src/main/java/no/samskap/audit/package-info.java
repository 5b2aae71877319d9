/** The append-only audit log of moderation and lifecycle actions, for officials and admins. */
@ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"identity", "moderation", "municipality", "proposals", "protection", "shared"})
package no.samskap.audit;

import org.springframework.modulith.ApplicationModule;
