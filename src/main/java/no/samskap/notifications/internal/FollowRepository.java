package no.samskap.notifications.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stores who follows what. */
public interface FollowRepository extends JpaRepository<Follow, Follow.Key> {

    List<Follow> findByKeyProposalId(UUID proposalId);
}
