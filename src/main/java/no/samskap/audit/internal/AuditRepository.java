package no.samskap.audit.internal;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Appends and reads audit entries; deliberately offers no update or delete. */
public interface AuditRepository extends Repository<AuditEntry, UUID> {

    AuditEntry save(AuditEntry entry);

    Page<AuditEntry> findByMunicipalityIdOrderByAtDesc(String municipalityId, Pageable page);

    Page<AuditEntry> findAllByOrderByAtDesc(Pageable page);

    long count();
}
