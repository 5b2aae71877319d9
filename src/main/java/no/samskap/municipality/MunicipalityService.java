package no.samskap.municipality;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.samskap.municipality.internal.MunicipalityEntity;
import no.samskap.municipality.internal.MunicipalityRepository;
import no.samskap.shared.GeoJson;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads municipalities and answers geometric questions about them. */
@Service
@Transactional(readOnly = true)
public class MunicipalityService {

    private final MunicipalityRepository repository;
    private final MunicipalitySettings settings;
    // Boundaries are large and asked about on every save and viewport query: parse once.
    private final Map<MunicipalityId, Shapes> shapes = new ConcurrentHashMap<>();

    MunicipalityService(MunicipalityRepository repository, MunicipalitySettings settings) {
        this.repository = repository;
        this.settings = settings;
    }

    public List<Municipality> all() {
        return repository.findAll().stream()
                .sorted(Comparator.comparingInt(MunicipalityEntity::sortOrder).thenComparing(MunicipalityEntity::name))
                .map(MunicipalityEntity::toApi)
                .toList();
    }

    public Optional<Municipality> find(MunicipalityId id) {
        return repository.findById(id.value()).map(MunicipalityEntity::toApi);
    }

    /** The municipality, or a user-facing refusal when it does not exist. */
    public Municipality get(MunicipalityId id) {
        return find(id).orElseThrow(() -> new UserFacingException("error.municipality.unknown", id.value()));
    }

    public MunicipalityId defaultId() {
        MunicipalityId configured = MunicipalityId.of(settings.defaultId());
        return repository.existsById(configured.value())
                ? configured
                : all().stream().findFirst().map(Municipality::id).orElse(configured);
    }

    /** Whether the geometry lies wholly inside the municipality's boundary. */
    public boolean contains(MunicipalityId id, Geometry geometry) {
        return shapes(id).boundary().covers(geometry);
    }

    /** The district that contains the point, if any. */
    public Optional<Municipality.District> districtAt(MunicipalityId id, double lat, double lon) {
        Geometry point = GeoJson.FACTORY.createPoint(new Coordinate(lon, lat));
        Shapes s = shapes(id);
        return s.districts().entrySet().stream()
                .filter(e -> e.getValue().covers(point))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Forgets cached shapes, e.g. after an official imports a new boundary. */
    public void evict(MunicipalityId id) {
        shapes.remove(id);
    }

    private Shapes shapes(MunicipalityId id) {
        return shapes.computeIfAbsent(id, key -> {
            Municipality m = get(key);
            PreparedGeometryFactory f = new PreparedGeometryFactory();
            Map<Municipality.District, PreparedGeometry> districts = new LinkedHashMap<>();
            for (Municipality.District d : m.districts()) {
                districts.put(d, f.create(GeoJson.parse(d.geometryGeoJson())));
            }
            return new Shapes(f.create(GeoJson.parse(m.boundaryGeoJson())), districts);
        });
    }

    private record Shapes(PreparedGeometry boundary, Map<Municipality.District, PreparedGeometry> districts) {}
}
