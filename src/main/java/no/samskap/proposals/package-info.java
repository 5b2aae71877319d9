/** Proposals: the aggregate, its states and geometry, and the views to create and find them. */
@org.springframework.modulith.ApplicationModule(displayName = "Proposals")
package no.samskap.proposals;
