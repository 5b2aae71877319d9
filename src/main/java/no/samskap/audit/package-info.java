/** The append-only audit log of moderation and lifecycle actions, for officials and admins. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package no.samskap.audit;
