package no.samskap.impact.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A proposal's estimate as first computed: the catalogue version and the figures it gave. */
@Entity
@Table(name = "impact_estimate_record")
public class EstimateRecord {

    @Id
    private UUID proposalId;

    private String catalogueVersion;
    private double territorialTonnes;
    private double indirectTonnes;
    private Instant computedAt;

    protected EstimateRecord() {}

    public EstimateRecord(UUID proposalId, String catalogueVersion, double territorial, double indirect, Instant at) {
        this.proposalId = proposalId;
        this.catalogueVersion = catalogueVersion;
        this.territorialTonnes = territorial;
        this.indirectTonnes = indirect;
        this.computedAt = at;
    }

    public String catalogueVersion() {
        return catalogueVersion;
    }

    public double territorialTonnes() {
        return territorialTonnes;
    }

    public double indirectTonnes() {
        return indirectTonnes;
    }

    public Instant computedAt() {
        return computedAt;
    }
}
