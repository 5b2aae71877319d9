/** Accounts, roles, login, registration, throttling and the signed-in user. */
@ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"live", "mail", "municipality", "protection", "shared"})
package no.samskap.identity;

import org.springframework.modulith.ApplicationModule;
