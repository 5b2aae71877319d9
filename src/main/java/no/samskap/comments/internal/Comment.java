package no.samskap.comments.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import no.samskap.comments.CommentId;
import no.samskap.comments.CommentStance;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.AccountId;
import no.samskap.shared.UserFacingException;

/** A comment; guards its own rules (length, depth, who may edit and when). */
@Entity
@Table(name = "comment")
public class Comment {

    public static final int MAX_BODY = 2_000;
    public static final int MAX_DEPTH = 2;
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    @Id
    private UUID id;

    private UUID proposalId;
    private UUID parentId;
    private int depth;
    private UUID authorId;
    private String authorName;

    @Enumerated(EnumType.STRING)
    private CommentStance stance;

    private String body;
    private Instant createdAt;
    private Instant editedAt;
    private boolean deleted;
    private boolean hidden;

    @Version
    private long version;

    protected Comment() {}

    /** A new comment, or a reply when {@code parent} is given (at most three levels). */
    public static Comment post(
            UUID proposalId,
            Comment parent,
            AccountId author,
            String authorName,
            CommentStance stance,
            String body,
            Instant now) {
        if (stance == null) {
            throw UserFacingException.forField("stance", "error.comment.stance");
        }
        Comment c = new Comment();
        if (parent != null) {
            if (!parent.proposalId.equals(proposalId)) {
                throw new UserFacingException("error.comment.not-found");
            }
            if (parent.depth >= MAX_DEPTH) {
                throw new UserFacingException("error.comment.too-deep");
            }
            c.parentId = parent.id;
            c.depth = parent.depth + 1;
        }
        c.id = UUID.randomUUID();
        c.proposalId = proposalId;
        c.authorId = author.value();
        c.authorName = authorName;
        c.stance = stance;
        c.body = checkBody(body);
        c.createdAt = now;
        return c;
    }

    /** The author may correct a comment within 15 minutes; the edit is marked. */
    public void edit(AccountId editor, String newBody, Instant now) {
        requireAuthor(editor);
        if (deleted) {
            throw new UserFacingException("error.comment.deleted");
        }
        if (now.isAfter(createdAt.plus(EDIT_WINDOW))) {
            throw new UserFacingException("error.comment.edit-window");
        }
        body = checkBody(newBody);
        editedAt = now;
    }

    /** The author deletes: the text goes, a placeholder stays so replies keep their place. */
    public void delete(AccountId editor, Instant now) {
        requireAuthor(editor);
        deleted = true;
        body = "";
        editedAt = now;
    }

    public void setHidden(boolean value) {
        hidden = value;
    }

    private void requireAuthor(AccountId account) {
        if (account == null || !authorId.equals(account.value())) {
            throw new AccessDeniedException("error.comment.not-author");
        }
    }

    static String checkBody(String text) {
        String b = text == null ? "" : text.strip();
        if (b.isEmpty()) {
            throw UserFacingException.forField("body", "error.field.required");
        }
        if (b.length() > MAX_BODY) {
            throw UserFacingException.forField("body", "error.field.too-long", MAX_BODY);
        }
        return b;
    }

    public CommentId id() {
        return new CommentId(id);
    }

    public UUID proposalId() {
        return proposalId;
    }

    public UUID parentId() {
        return parentId;
    }

    public int depth() {
        return depth;
    }

    public AccountId author() {
        return new AccountId(authorId);
    }

    public String authorName() {
        return authorName;
    }

    public CommentStance stance() {
        return stance;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public boolean isHidden() {
        return hidden;
    }
}
