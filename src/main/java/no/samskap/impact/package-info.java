/** Impact estimates: factors with sources, one model per proposal category, scenarios. */
@org.springframework.modulith.ApplicationModule(displayName = "Impact")
package no.samskap.impact;
