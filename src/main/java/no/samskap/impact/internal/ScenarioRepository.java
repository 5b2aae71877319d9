package no.samskap.impact.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stores scenarios. */
public interface ScenarioRepository extends JpaRepository<Scenario, UUID> {

    /** A process's scenarios, newest first. */
    List<Scenario> findByProcessIdOrderByCreatedAtDesc(UUID processId, Pageable limit);
}
