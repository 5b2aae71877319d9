/**
 * The shell: main layout, navigation, languages, error handling. Knows no feature module;
 * views register themselves with {@code @Menu}.
 */
@ApplicationModule(
        displayName = "UI shell",
        allowedDependencies = {"identity", "municipality", "protection", "shared"})
package no.samskap.ui;

import org.springframework.modulith.ApplicationModule;
