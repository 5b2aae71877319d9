package no.samskap.notifications.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stores watched places. */
public interface AreaWatchRepository extends JpaRepository<AreaWatch, UUID> {

    List<AreaWatch> findByAccountIdOrderByCreatedAt(UUID accountId);

    long countByAccountId(UUID accountId);

    /** Watches whose centre lies in the box; the caller checks the exact distance. */
    List<AreaWatch> findByMunicipalityIdAndLatBetweenAndLonBetween(
            String municipalityId, double south, double north, double west, double east);
}
