package no.samskap.notifications.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stores each person's mail choices. */
public interface MailPreferenceRepository extends JpaRepository<MailPreference, MailPreference.Key> {

    List<MailPreference> findByKeyAccountId(UUID accountId);

    List<MailPreference> findByKeyAccountIdIn(Collection<UUID> accountIds);
}
