package no.samskap.impact.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EstimateRecordRepository extends JpaRepository<EstimateRecord, UUID> {}
