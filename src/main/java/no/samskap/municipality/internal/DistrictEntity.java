package no.samskap.municipality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import no.samskap.municipality.Municipality;

/** Persistent form of a district. */
@Entity
@Table(name = "district")
class DistrictEntity {

    @Id
    private String id;

    private String municipalityId;
    private String name;
    private int population;

    @Column(name = "geometry_geojson", length = 1_000_000)
    private String geometryGeoJson;

    protected DistrictEntity() {}

    DistrictEntity(String id, String municipalityId, String name, int population, String geometryGeoJson) {
        this.id = id;
        this.municipalityId = municipalityId;
        this.name = name;
        this.population = population;
        this.geometryGeoJson = geometryGeoJson;
    }

    Municipality.District toApi() {
        return new Municipality.District(id, name, population, geometryGeoJson);
    }
}
