/**
 * Participatory budgeting: a process's budget and rules, the proposals on the ballot with their
 * cost, one ballot per person (paper ballots entered by officials count the same), and the results
 * with the combined impact of what the budget can fund.
 */
@ApplicationModule(
        displayName = "Budgeting",
        allowedDependencies = {
            "identity",
            "impact",
            "live",
            "municipality",
            "processes",
            "proposals",
            "protection",
            "shared",
            "voting",
            "workshops"
        })
package no.samskap.budgeting;

import org.springframework.modulith.ApplicationModule;
