/** Threaded discussion on proposals, with stance, mentions, editing and deletion. */
@ApplicationModule(
        displayName = "Comments",
        allowedDependencies = {"identity", "live", "moderation", "proposals", "protection", "shared"})
package no.samskap.comments;

import org.springframework.modulith.ApplicationModule;
