package no.samskap.moderation.internal;

import java.util.List;
import java.util.UUID;
import no.samskap.moderation.ContentType;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stores reports. */
public interface ReportRepository extends JpaRepository<Report, UUID> {

    boolean existsByContentTypeAndContentIdAndReporterId(ContentType type, UUID contentId, UUID reporterId);

    long countByContentTypeAndContentIdAndStatus(ContentType type, UUID contentId, Report.Status status);

    List<Report> findByContentTypeAndContentIdAndStatus(ContentType type, UUID contentId, Report.Status status);

    List<Report> findByMunicipalityIdAndStatus(String municipalityId, Report.Status status);
}
