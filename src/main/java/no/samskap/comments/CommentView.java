package no.samskap.comments;

import java.time.Instant;
import no.samskap.shared.AccountId;

/**
 * A comment as the thread shows it to the current user.
 *
 * @param html the safe HTML of the body, or null when deleted or hidden from this user
 * @param hidden hidden by moderation (its author still sees the text)
 */
public record CommentView(
        CommentId id,
        CommentId parent,
        int depth,
        AccountId authorId,
        String authorName,
        CommentStance stance,
        String body,
        String html,
        Instant createdAt,
        Instant editedAt,
        boolean deleted,
        boolean hidden,
        boolean editable) {}
