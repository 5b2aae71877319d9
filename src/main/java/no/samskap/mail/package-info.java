/**
 * Mail: sending over SMTP, links that carry a signed token, and the demo's mail catcher. Knows
 * no feature module; the modules that write mail render it in the person's language.
 */
@ApplicationModule(
        displayName = "Mail",
        allowedDependencies = {"shared"})
package no.samskap.mail;

import org.springframework.modulith.ApplicationModule;
