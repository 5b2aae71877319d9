/** Value types every module may use; depends on nothing else in Samskap. */
@ApplicationModule(
        displayName = "Shared",
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package no.samskap.shared;

import org.springframework.modulith.ApplicationModule;
