package no.samskap.processes.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcessRepository extends JpaRepository<ProcessEntity, UUID> {

    List<ProcessEntity> findByMunicipalityIdOrderByCreatedAtDesc(String municipalityId);
}
