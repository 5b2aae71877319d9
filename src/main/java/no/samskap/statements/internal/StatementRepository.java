package no.samskap.statements.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StatementRepository extends JpaRepository<StatementEntity, StatementEntity.Key> {}
