package no.samskap.proposals.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samskap.shared.AccountId;
import no.samskap.shared.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Proposals the person wrote, drafts included, and their places as GeoJSON. */
@Component
class ProposalPersonalData implements PersonalData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    ProposalPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "proposals";
    }

    @Override
    public Object export(AccountId account) {
        List<Map<String, Object>> rows = PersonalData.rows(
                jdbc,
                "select id, municipality_id, title, description, category, state, created_at, updated_at,"
                        + " submitted_at, hidden, geometry_geojson from proposal where author_id = ? order by created_at",
                account);
        List<Map<String, Object>> features = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Object geometry = row.remove("geometry_geojson");
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", row.get("id"));
            feature.put("geometry", geometry == null ? null : JSON.readTree(geometry.toString()));
            feature.put("properties", Map.of("title", row.get("title"), "state", row.get("state")));
            features.add(feature);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("proposals", rows);
        data.put("places", Map.of("type", "FeatureCollection", "features", features));
        return data;
    }
}
