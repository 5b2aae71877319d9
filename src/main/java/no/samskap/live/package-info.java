/** The cluster event bus: relays live domain events through Hazelcast and fans them out to open UIs. */
@ApplicationModule(
        displayName = "Live",
        allowedDependencies = {"shared"})
package no.samskap.live;

import org.springframework.modulith.ApplicationModule;
