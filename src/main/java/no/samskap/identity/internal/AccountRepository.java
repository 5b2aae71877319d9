package no.samskap.identity.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stores accounts. */
public interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByUsername(String username);

    List<Account> findByUsernameIn(Collection<String> usernames);

    boolean existsByUsername(String username);

    boolean existsByEmailKey(String emailKey);

    Optional<Account> findByEmailKey(String emailKey);

    @Query("select count(a) from Account a where a.id in :ids and a.createdAt <= :cutoff and a.blocked = false")
    long countEstablished(@Param("ids") Collection<UUID> ids, @Param("cutoff") Instant cutoff);
}
