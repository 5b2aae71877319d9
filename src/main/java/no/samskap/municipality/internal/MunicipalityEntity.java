package no.samskap.municipality.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import no.samskap.municipality.Municipality;
import no.samskap.shared.MunicipalityId;

/** Persistent form of a municipality. */
@Entity
@Table(name = "municipality")
public class MunicipalityEntity {

    @Id
    private String id;

    private String name;
    private double centreLat;
    private double centreLon;
    private int defaultZoom;
    private int population;
    private int populationYear;
    private String populationSource;
    private boolean boundaryApproximate;
    private String boundarySource;

    @Column(name = "boundary_geojson", length = 1_000_000)
    private String boundaryGeoJson;

    private int sortOrder;

    @OneToMany(mappedBy = "municipalityId", cascade = CascadeType.ALL, fetch = FetchType.EAGER, orphanRemoval = true)
    @OrderBy("name")
    private List<DistrictEntity> districts = new ArrayList<>();

    protected MunicipalityEntity() {}

    MunicipalityEntity(
            String id,
            String name,
            double centreLat,
            double centreLon,
            int defaultZoom,
            int population,
            int populationYear,
            String populationSource,
            boolean boundaryApproximate,
            String boundarySource,
            String boundaryGeoJson,
            int sortOrder) {
        this.id = id;
        this.name = name;
        this.centreLat = centreLat;
        this.centreLon = centreLon;
        this.defaultZoom = defaultZoom;
        this.population = population;
        this.populationYear = populationYear;
        this.populationSource = populationSource;
        this.boundaryApproximate = boundaryApproximate;
        this.boundarySource = boundarySource;
        this.boundaryGeoJson = boundaryGeoJson;
        this.sortOrder = sortOrder;
    }

    void addDistrict(String districtId, String districtName, int districtPopulation, String geometry) {
        districts.add(new DistrictEntity(districtId, id, districtName, districtPopulation, geometry));
    }

    public int sortOrder() {
        return sortOrder;
    }

    public String name() {
        return name;
    }

    public Municipality toApi() {
        return new Municipality(
                MunicipalityId.of(id),
                name,
                centreLat,
                centreLon,
                defaultZoom,
                population,
                populationYear,
                populationSource,
                boundaryApproximate,
                boundarySource,
                boundaryGeoJson,
                districts.stream().map(DistrictEntity::toApi).toList());
    }
}
