package no.samskap.identity;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samskap.protection.Limit;
import no.samskap.protection.SecurityLog;
import no.samskap.shared.PersonalData;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Download my data": everything Samskap holds about the signed-in person, from every module that
 * stores personal data, as one JSON file (places as GeoJSON).
 */
@Service
public class PersonalDataExport {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final List<PersonalData> sources;
    private final CurrentUser currentUser;
    private final SecurityLog securityLog;
    private final Clock clock;

    PersonalDataExport(List<PersonalData> sources, CurrentUser currentUser, SecurityLog securityLog, Clock clock) {
        this.sources = sources;
        this.currentUser = currentUser;
        this.securityLog = securityLog;
        this.clock = clock;
    }

    /** The signed-in person's data as UTF-8 JSON; a few downloads an hour. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] export() {
        SignedInUser user = currentUser.requireAllowanceCheckingBlockItself(Limit.DATA_EXPORT);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("exported_at", clock.instant().toString());
        all.put(
                "about",
                "Everything Samskap holds about " + user.username() + ", by the part of Samskap that keeps it.");
        sources.stream()
                .sorted(java.util.Comparator.comparing(s -> "account".equals(s.section()) ? "" : s.section()))
                .forEach(s -> all.put(s.section(), s.export(user.id())));
        securityLog.record(SecurityLog.Event.DATA_EXPORTED, user.id().value().toString());
        return JSON.writeValueAsBytes(all);
    }
}
