package no.samskap.identity.internal;

import java.util.UUID;

/**
 * Mail an account is owed, sent after the transaction that owes it has committed (and retried
 * with the event if the SMTP server is away). Carries no secret: links are made when sending.
 */
public sealed interface MailDue {

    UUID accountId();

    /** Confirm this address (the account's address at the time; a later change makes it moot). */
    record Verification(UUID accountId, String email) implements MailDue {}

    /** A password reset link, asked for through "Forgot password?". */
    record PasswordReset(UUID accountId) implements MailDue {}
}
