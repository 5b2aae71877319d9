package no.samskap.moderation.internal;

import java.util.List;
import java.util.UUID;
import no.samskap.moderation.ContentType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stores reports. */
public interface ReportRepository extends JpaRepository<Report, UUID> {

    boolean existsByContentTypeAndContentIdAndReporterId(ContentType type, UUID contentId, UUID reporterId);

    @Query("select r.reporterId from Report r where r.contentType = :type and r.contentId = :id and r.status = :status")
    List<UUID> reporters(
            @Param("type") ContentType type, @Param("id") UUID contentId, @Param("status") Report.Status status);

    long countByContentTypeAndContentIdAndStatus(ContentType type, UUID contentId, Report.Status status);

    List<Report> findByContentTypeAndContentIdAndStatus(ContentType type, UUID contentId, Report.Status status);

    List<Report> findByMunicipalityIdAndStatus(String municipalityId, Report.Status status);
}
