package no.samskap.impact.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A named, shareable set of proposals. */
@Entity
@Table(name = "scenario")
public class Scenario {

    @Id
    private UUID id;

    private String municipalityId;
    // The process the scenario was made for, or null.
    private UUID processId;
    private String name;
    private UUID createdBy;
    private Instant createdAt;
    private String catalogueVersion;
    private Double territorialTonnes;
    private Double indirectTonnes;

    // A process page lists up to twenty scenarios: their proposals load in one query, not one each.
    @BatchSize(size = 50)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scenario_proposal", joinColumns = @JoinColumn(name = "scenario_id"))
    @Column(name = "proposal_id")
    private Set<UUID> proposals = new LinkedHashSet<>();

    protected Scenario() {}

    public Scenario(String municipalityId, String name, UUID createdBy, Set<UUID> proposals, Instant now) {
        this.id = UUID.randomUUID();
        this.municipalityId = municipalityId;
        this.name = name;
        this.createdBy = createdBy;
        this.proposals.addAll(proposals);
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID processId() {
        return processId;
    }

    public void belongTo(UUID process) {
        this.processId = process;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String municipalityId() {
        return municipalityId;
    }

    public String name() {
        return name;
    }

    /** Records the catalogue version and the central figures the scenario had when it was saved. */
    public void record(String version, double territorial, double indirect) {
        this.catalogueVersion = version;
        this.territorialTonnes = territorial;
        this.indirectTonnes = indirect;
    }

    public String catalogueVersion() {
        return catalogueVersion;
    }

    public Double territorialTonnes() {
        return territorialTonnes;
    }

    public Double indirectTonnes() {
        return indirectTonnes;
    }

    public Set<UUID> proposals() {
        return Set.copyOf(proposals);
    }
}
