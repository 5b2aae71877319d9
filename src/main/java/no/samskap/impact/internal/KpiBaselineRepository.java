package no.samskap.impact.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stores KPI baselines. */
public interface KpiBaselineRepository extends JpaRepository<KpiBaseline, KpiBaseline.Key> {

    List<KpiBaseline> findByKeyMunicipalityId(String municipalityId);
}
