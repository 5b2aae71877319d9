/** Following proposals and the notifications followers and mentioned users receive. */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package no.samskap.notifications;
