package no.samskap.impact.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stores scenarios. */
public interface ScenarioRepository extends JpaRepository<Scenario, UUID> {}
