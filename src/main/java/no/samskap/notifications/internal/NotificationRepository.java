package no.samskap.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stores notifications. */
public interface NotificationRepository extends JpaRepository<Notification, UUID> {

    long countByAccountIdAndReadAtIsNull(UUID accountId);

    Page<Notification> findByAccountIdOrderByCreatedAtDesc(UUID accountId, Pageable page);

    List<Notification> findByAccountIdAndReadAtIsNull(UUID accountId);

    /** Not yet mailed and recent enough for a digest, oldest first; bounded per call. */
    List<Notification> findTop5000ByMailedAtIsNullAndCreatedAtAfterOrderByCreatedAtAsc(Instant after);

    List<Notification> findByAccountIdAndMailedAtIsNullAndCreatedAtAfterOrderByCreatedAtDesc(
            UUID accountId, Instant after);
}
