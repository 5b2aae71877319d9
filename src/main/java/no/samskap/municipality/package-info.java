/** Municipalities as tenants: boundary, districts, population and the selection a user works in. */
@ApplicationModule(
        displayName = "Municipality",
        allowedDependencies = {"shared"})
package no.samskap.municipality;

import org.springframework.modulith.ApplicationModule;
