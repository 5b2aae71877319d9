package no.samskap.proposals.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.proposals.ProposalHidden;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.AccountId;
import no.samskap.shared.Erasure;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.PersonalData;
import no.samskap.shared.ProposalReferences;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Proposals the person wrote, drafts included, and their places as GeoJSON. */
@Component
class ProposalPersonalData implements PersonalData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The reason a removed proposal's watchers are told: it went with its author's account. */
    static final String REMOVED = "author-deleted";

    private final JdbcTemplate jdbc;
    private final ObjectProvider<ProposalReferences> references;
    private final ApplicationEventPublisher events;

    ProposalPersonalData(
            JdbcTemplate jdbc, ObjectProvider<ProposalReferences> references, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.references = references;
        this.events = events;
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

    /**
     * The person's proposals stay, shown as by "deleted user" (an empty name). If they chose, those
     * nobody else has responded to go: not yet answered by the municipality, and no one else's vote,
     * comment, scenario or workshop refers to them. Every module removes its own rows for them first.
     */
    @Override
    public void erase(Erasure erasure) {
        UUID account = erasure.account().value();
        if (erasure.removeContent()) {
            Map<UUID, String> candidates = new LinkedHashMap<>();
            jdbc.query(
                    "select id, municipality_id from proposal where author_id = ? and state in ('DRAFT', 'SUBMITTED')"
                            + " and answer_text is null",
                    row -> {
                        candidates.put(row.getObject(1, UUID.class), row.getString(2));
                    },
                    account);
            List<ProposalReferences> modules = references.orderedStream().toList();
            for (ProposalReferences module : modules) {
                candidates.keySet().removeAll(module.respondedToByOthers(candidates.keySet(), erasure.account()));
            }
            if (!candidates.isEmpty()) {
                List<UUID> going = List.copyOf(candidates.keySet());
                modules.forEach(module -> module.removeFor(going));
                new NamedParameterJdbcTemplate(jdbc)
                        .update("delete from proposal where id in (:ids)", Map.of("ids", going));
                // Open maps and pages drop them, as they do a hidden proposal.
                candidates.forEach((id, municipality) -> events.publishEvent(
                        new ProposalHidden(new ProposalId(id), MunicipalityId.of(municipality), true, REMOVED)));
            }
        }
        jdbc.update("update proposal set author_name = '' where author_id = ?", account);
    }
}
