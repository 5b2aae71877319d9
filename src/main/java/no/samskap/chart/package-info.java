/** Charts: a Vaadin wrapper around Chart.js from npm. */
@ApplicationModule(
        displayName = "Chart",
        allowedDependencies = {})
package no.samskap.chart;

import org.springframework.modulith.ApplicationModule;
