package no.samskap.municipality.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stores municipalities with their districts. */
public interface MunicipalityRepository extends JpaRepository<MunicipalityEntity, String> {}
