package no.samskap.notifications;

import java.time.Instant;
import java.util.UUID;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.ProcessId;

/**
 * A notification as the inbox shows it.
 *
 * @param proposal the proposal it is about, or null when it is about a process
 * @param process the process it is about (a phase's summary), or null
 * @param detail extra data for the text, such as the new state of an answered proposal
 */
public record NotificationView(
        UUID id,
        NotificationKind kind,
        ProposalId proposal,
        ProcessId process,
        String title,
        String actorName,
        String detail,
        Instant createdAt,
        boolean read) {

    /** The page it is about, relative to the application's address. */
    public String link() {
        return proposal != null ? "proposals/" + proposal : "processes/" + process;
    }
}
