/** Threaded discussion on proposals, with stance, mentions, editing and deletion. */
@org.springframework.modulith.ApplicationModule(displayName = "Comments")
package no.samskap.comments;
