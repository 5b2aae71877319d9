package no.samskap.municipality.internal;

import java.io.IOException;
import java.io.InputStream;
import no.samskap.municipality.MunicipalitySettings;
import no.samskap.shared.GeoJson;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates the configured municipalities on start-up when they do not exist yet. Existing
 * ones are left alone, so a boundary an official has imported is never overwritten.
 */
@Component
@Order(0)
class MunicipalityCatalogueLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MunicipalityCatalogueLoader.class);

    private final MunicipalityRepository repository;
    private final MunicipalitySettings settings;
    private final ResourceLoader resources;
    private final JsonMapper mapper = JsonMapper.builder().build();

    MunicipalityCatalogueLoader(
            MunicipalityRepository repository, MunicipalitySettings settings, ResourceLoader resources) {
        this.repository = repository;
        this.settings = settings;
        this.resources = resources;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        for (String location : settings.catalogue()) {
            JsonNode json;
            try (InputStream in = resources.getResource(location).getInputStream()) {
                json = mapper.readTree(in);
            }
            String id = json.required("id").asString();
            if (repository.existsById(id)) {
                continue;
            }
            repository.save(toEntity(json, location));
            log.info("Created municipality {} from {}", id, location);
        }
    }

    static MunicipalityEntity toEntity(JsonNode json, String location) {
        try {
            Geometry boundary = GeoJson.parse(json.required("boundary").toString());
            if (!boundary.isValid()) {
                throw new IllegalArgumentException("boundary is not a valid polygon");
            }
            MunicipalityEntity entity = new MunicipalityEntity(
                    json.required("id").asString(),
                    json.required("name").asString(),
                    json.required("centre").required("lat").asDouble(),
                    json.required("centre").required("lon").asDouble(),
                    json.required("zoom").asInt(),
                    json.required("population").asInt(),
                    json.required("populationYear").asInt(),
                    json.required("populationSource").asString(),
                    json.required("boundaryApproximate").asBoolean(),
                    json.required("boundarySource").asString(),
                    GeoJson.write(boundary),
                    json.path("sortOrder").asInt(100));
            for (JsonNode d : json.path("districts")) {
                Geometry g = GeoJson.parse(d.required("geometry").toString());
                entity.addDistrict(
                        d.required("id").asString(),
                        d.required("name").asString(),
                        d.path("population").asInt(0),
                        GeoJson.write(g));
            }
            return entity;
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "Municipality catalogue " + location + " is malformed: " + e.getMessage(), e);
        }
    }
}
