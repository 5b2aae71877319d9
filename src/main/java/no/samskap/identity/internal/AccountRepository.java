package no.samskap.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stores accounts. */
public interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByUsername(String username);

    List<Account> findByUsernameIn(Collection<String> usernames);

    boolean existsByUsername(String username);
}
