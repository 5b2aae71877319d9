/** Reports, hiding and restoring content, the review queue and blocking accounts. */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation")
package no.samskap.moderation;
