package no.samskap.processes.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProcessRepository extends JpaRepository<ProcessEntity, UUID> {

    List<ProcessEntity> findByMunicipalityIdOrderByCreatedAtDesc(String municipalityId);

    /** The process, its row locked until the transaction ends: phase changes of one process queue. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ProcessEntity p where p.id = :id")
    Optional<ProcessEntity> lockById(@Param("id") UUID id);
}
