package no.samskap.notifications;

import java.time.Instant;
import java.util.UUID;
import no.samskap.proposals.ProposalId;

/**
 * A notification as the inbox shows it.
 *
 * @param detail extra data for the text, such as the new state of an answered proposal
 */
public record NotificationView(
        UUID id,
        NotificationKind kind,
        ProposalId proposal,
        String title,
        String actorName,
        String detail,
        Instant createdAt,
        boolean read) {}
