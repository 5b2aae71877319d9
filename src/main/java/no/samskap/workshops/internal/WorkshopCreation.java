package no.samskap.workshops.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.SignedInUser;
import no.samskap.municipality.MunicipalityService;
import no.samskap.proposals.PhaseGate;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.GeoJson;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;
import no.samskap.shared.UserFacingException;
import no.samskap.workshops.Round;
import no.samskap.workshops.WorkshopId;
import no.samskap.workshops.WorkshopService.Joined;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.springframework.stereotype.Component;

/** Creates workshops: checks who asks, the title, the area and the proposals to bring along. */
@Component
public class WorkshopCreation {

    static final int MAX_TITLE = 120;

    private final CurrentUser currentUser;
    private final WorkshopQueries queries;
    private final JoinCodes codes;
    private final ProposalService proposals;
    private final MunicipalityService municipalities;
    private final PhaseGate phases;

    WorkshopCreation(
            CurrentUser currentUser,
            WorkshopQueries queries,
            JoinCodes codes,
            ProposalService proposals,
            MunicipalityService municipalities,
            PhaseGate phases) {
        this.phases = phases;
        this.currentUser = currentUser;
        this.queries = queries;
        this.codes = codes;
        this.proposals = proposals;
        this.municipalities = municipalities;
    }

    /** Creates the workshop, in a process of the municipality when one is given; the facilitator joins it at once. */
    public Joined create(
            MunicipalityId municipality,
            ProcessId process,
            String title,
            String areaGeoJson,
            Collection<ProposalId> proposalIds) {
        SignedInUser user = currentUser.requireWriter();
        if (!WorkshopAccess.mayFacilitate(user, municipality)) {
            throw new AccessDeniedException("error.workshop.not-facilitator");
        }
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw UserFacingException.forField("title", "error.field.required");
        }
        if (cleanTitle.length() > MAX_TITLE) {
            throw UserFacingException.forField("title", "error.field.too-long", MAX_TITLE);
        }
        Geometry area = area(municipality, areaGeoJson);
        List<ProposalId> chosen = List.copyOf(new LinkedHashSet<>(proposalIds == null ? List.of() : proposalIds));
        if (chosen.size() > Round.MAX_ITEMS) {
            throw UserFacingException.forField("proposals", "error.workshop.too-many-proposals", Round.MAX_ITEMS);
        }
        for (ProposalId p : chosen) {
            ProposalDetails d = proposals
                    .find(p)
                    .orElseThrow(() -> UserFacingException.forField("proposals", "error.workshop.unknown-proposal"));
            if (!d.municipality().equals(municipality) || d.submittedAt() == null) {
                throw UserFacingException.forField("proposals", "error.workshop.unknown-proposal");
            }
        }
        if (process != null
                && !phases.municipality(process).map(municipality::equals).orElse(false)) {
            throw new UserFacingException("error.process.not-found");
        }
        WorkshopId id = WorkshopId.random();
        queries.insert(
                id, municipality, cleanTitle, codes.newCode(), GeoJson.write(area), user.id(), user.displayName());
        if (process != null) {
            queries.setProcess(id, process);
        }
        chosen.forEach(p -> queries.addProposal(id, p));
        return new Joined(id, queries.insertParticipant(id, user.id(), user.displayName(), false), user.displayName());
    }

    private Geometry area(MunicipalityId municipality, String areaGeoJson) {
        Geometry area;
        try {
            area = GeoJson.parse(areaGeoJson);
        } catch (IllegalArgumentException e) {
            throw UserFacingException.forField("area", "error.workshop.area");
        }
        if (!(area instanceof Polygon) || !area.isValid() || area.getArea() <= 0) {
            throw UserFacingException.forField("area", "error.workshop.area");
        }
        if (!municipalities.contains(municipality, area.getCentroid())) {
            throw UserFacingException.forField("area", "error.workshop.area-outside");
        }
        return area;
    }
}
