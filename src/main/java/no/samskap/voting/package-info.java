/** Support and opposition: one vote per account and proposal, tallies by stakeholder type. */
@org.springframework.modulith.ApplicationModule(displayName = "Voting")
package no.samskap.voting;
