package no.samskap.comments.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stores comments. */
public interface CommentRepository extends JpaRepository<Comment, UUID> {

    List<Comment> findByProposalIdOrderByCreatedAtAsc(UUID proposalId);

    List<Comment> findByAuthorId(UUID authorId);
}
