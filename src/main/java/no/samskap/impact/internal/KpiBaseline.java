package no.samskap.impact.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A municipality's baseline value for one KPI, with where it comes from. */
@Entity
@Table(name = "kpi_baseline")
public class KpiBaseline {

    @EmbeddedId
    private Key key;

    @Column(name = "value_text")
    private String value;

    @Column(name = "value_year")
    private int year;

    private String source;
    private String enteredBy;
    private Instant enteredAt;

    protected KpiBaseline() {}

    public KpiBaseline(String municipalityId, String code) {
        this.key = new Key(municipalityId, code);
    }

    public void set(String value, int year, String source, String enteredBy, Instant now) {
        this.value = value;
        this.year = year;
        this.source = source;
        this.enteredBy = enteredBy;
        this.enteredAt = now;
    }

    public String code() {
        return key.code();
    }

    public String value() {
        return value;
    }

    public int year() {
        return year;
    }

    public String source() {
        return source;
    }

    public String enteredBy() {
        return enteredBy;
    }

    /** Municipality and KPI code together. */
    @Embeddable
    public record Key(
            @Column(name = "municipality_id") String municipalityId,
            @Column(name = "code") String code) implements Serializable {}
}
