/** A municipality's privacy and accessibility statements: templates, the municipality's own text, editing. */
@ApplicationModule(
        displayName = "Statements",
        allowedDependencies = {"identity", "municipality", "shared"})
package no.samskap.statements;

import org.springframework.modulith.ApplicationModule;
