package no.samskap.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import no.samskap.comments.internal.Comment;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.AccountId;
import no.samskap.shared.UserFacingException;
import org.junit.jupiter.api.Test;

class CommentTest {

    private static final Instant T0 = Instant.parse("2026-11-24T12:00:00Z");
    private final UUID proposal = UUID.randomUUID();
    private final AccountId author = AccountId.random();

    private Comment comment(Comment parent) {
        return Comment.post(proposal, parent, author, "Kari", CommentStance.FOR, "Godt forslag", T0);
    }

    @Test
    void repliesGoThreeLevelsDeepAndNoFurther() {
        Comment top = comment(null);
        Comment reply = comment(top);
        Comment replyToReply = comment(reply);
        assertThat(top.depth()).isZero();
        assertThat(replyToReply.depth()).isEqualTo(2);
        assertThatThrownBy(() -> comment(replyToReply))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.comment.too-deep"));
    }

    @Test
    void aReplyMustBelongToTheSameProposal() {
        Comment elsewhere = Comment.post(UUID.randomUUID(), null, author, "Kari", CommentStance.FOR, "x", T0);
        assertThatThrownBy(() -> comment(elsewhere)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void bodyIsRequiredAndAtMost2000Characters() {
        assertThatThrownBy(() -> Comment.post(proposal, null, author, "Kari", CommentStance.FOR, "  ", T0))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(e.field()).isEqualTo("body"));
        assertThatThrownBy(() -> Comment.post(proposal, null, author, "Kari", CommentStance.FOR, "x".repeat(2001), T0))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.field.too-long"));
        assertThatThrownBy(() -> Comment.post(proposal, null, author, "Kari", null, "x", T0))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(e.field()).isEqualTo("stance"));
        assertThat(Comment.post(proposal, null, author, "Kari", CommentStance.NEUTRAL, "x".repeat(2000), T0)
                        .body())
                .hasSize(2000);
    }

    @Test
    void theAuthorEditsWithinFifteenMinutesAndTheEditIsMarked() {
        Comment c = comment(null);
        c.edit(author, "Rettet", T0.plus(Duration.ofMinutes(15)));
        assertThat(c.body()).isEqualTo("Rettet");
        assertThat(c.editedAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        assertThatThrownBy(() -> c.edit(
                        author, "For sent", T0.plus(Duration.ofMinutes(15)).plusSeconds(1)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.comment.edit-window"));
        assertThatThrownBy(() -> c.edit(AccountId.random(), "Kapret", T0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deletingLeavesAPlaceholderAndCannotBeUndoneByEditing() {
        Comment c = comment(null);
        assertThatThrownBy(() -> c.delete(AccountId.random(), T0)).isInstanceOf(AccessDeniedException.class);
        c.delete(author, T0);
        assertThat(c.isDeleted()).isTrue();
        assertThat(c.body()).isEmpty();
        assertThatThrownBy(() -> c.edit(author, "Tilbake", T0)).isInstanceOf(UserFacingException.class);
    }
}
