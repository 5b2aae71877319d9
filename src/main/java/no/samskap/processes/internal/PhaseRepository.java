package no.samskap.processes.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PhaseRepository extends JpaRepository<PhaseEntity, PhaseEntity.Key> {

    List<PhaseEntity> findByKeyProcessIdOrderByKeyPosition(UUID processId);
}
