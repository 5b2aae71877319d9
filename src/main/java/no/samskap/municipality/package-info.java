/** Municipalities as tenants: boundary, districts, population and the selection a user works in. */
@org.springframework.modulith.ApplicationModule(displayName = "Municipality")
package no.samskap.municipality;
