/** Charts: a Vaadin wrapper around Chart.js from npm. */
@org.springframework.modulith.ApplicationModule(displayName = "Chart")
package no.samskap.chart;
