package no.samskap.mail;

/**
 * One plain-text mail, already in its reader's language. Plain text reads the same on every phone
 * and mail program, and no HTML from user text can reach a mailbox.
 *
 * @param to the address
 * @param subject one line
 * @param text the body; links on lines of their own
 * @param purpose what the mail is for (e.g. "verify-email"), for the log; never personal data
 * @param oneClickUnsubscribe where a mail program may POST to unsubscribe (RFC 8058), or null
 */
public record Mail(String to, String subject, String text, String purpose, String oneClickUnsubscribe) {

    public Mail(String to, String subject, String text, String purpose) {
        this(to, subject, text, purpose, null);
    }

    public Mail {
        if (to == null || to.isBlank() || subject == null || text == null || purpose == null) {
            throw new IllegalArgumentException("A mail needs an address, a subject, a text and a purpose");
        }
        // A line break in a header would let text add headers of its own.
        subject = subject.replaceAll("[\\r\\n]+", " ").strip();
    }
}
