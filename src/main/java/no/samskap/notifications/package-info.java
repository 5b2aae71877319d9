/** Following proposals and the notifications followers and mentioned users receive. */
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {
            "comments",
            "identity",
            "live",
            "mail",
            "map",
            "municipality",
            "processes",
            "proposals",
            "protection",
            "shared",
            "ui"
        })
package no.samskap.notifications;

import org.springframework.modulith.ApplicationModule;
