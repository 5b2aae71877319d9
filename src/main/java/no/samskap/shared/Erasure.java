package no.samskap.shared;

/**
 * An account being deleted, as each module's {@link PersonalData} sees it.
 *
 * @param account the account; its row stays, without anything that identifies the person, so votes
 *     keep counting and references hold
 * @param pseudonym what the audit log shows instead of the person's name ("deleted-…")
 * @param removeContent whether the person chose to remove their proposals and comments that nobody
 *     else has responded to (otherwise they stay, shown as by "deleted user")
 */
public record Erasure(AccountId account, String pseudonym, boolean removeContent) {

    /** Every pseudonym starts so; the audit log's append-only rule lets names change to one, nothing else. */
    public static final String PSEUDONYM_PREFIX = "deleted-";

    public Erasure {
        if (account == null || pseudonym == null || !pseudonym.startsWith(PSEUDONYM_PREFIX)) {
            throw new IllegalArgumentException("an account and a pseudonym are required");
        }
    }
}
