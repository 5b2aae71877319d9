package no.samskap.processes.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import no.samskap.processes.ProcessTemplate;

/** A process: its text, area and template; its phases are rows of their own. */
@Entity
@Table(name = "process")
public class ProcessEntity {

    @Id
    private UUID id;

    private String municipalityId;
    private String title;

    @Column(length = 5000)
    private String description;

    @Column(name = "area_geojson", length = 200_000)
    private String areaGeoJson;

    @Enumerated(EnumType.STRING)
    private ProcessTemplate template;

    private UUID createdBy;
    private String createdByName;
    private Instant createdAt;

    @Version
    private long version;

    protected ProcessEntity() {}

    public ProcessEntity(
            UUID id,
            String municipalityId,
            String title,
            String description,
            String areaGeoJson,
            ProcessTemplate template,
            UUID createdBy,
            String createdByName,
            Instant createdAt) {
        this.id = id;
        this.municipalityId = municipalityId;
        this.title = title;
        this.description = description;
        this.areaGeoJson = areaGeoJson;
        this.template = template;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String municipalityId() {
        return municipalityId;
    }

    public void describe(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String areaGeoJson() {
        return areaGeoJson;
    }

    public ProcessTemplate template() {
        return template;
    }

    public String createdByName() {
        return createdByName;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
