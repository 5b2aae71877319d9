package no.samskap.workshops.internal;

import java.time.Clock;
import java.util.List;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.protection.Limit;
import no.samskap.protection.RateLimits;
import no.samskap.shared.GeoJson;
import no.samskap.shared.UserFacingException;
import no.samskap.workshops.ParticipantId;
import no.samskap.workshops.Pin;
import no.samskap.workshops.PinId;
import no.samskap.workshops.WorkshopEvent;
import no.samskap.workshops.WorkshopId;
import no.samskap.workshops.WorkshopSettings;
import no.samskap.workshops.internal.WorkshopQueries.Participant;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Idea pins: placing them inside the workshop's area, and making draft proposals of them. */
@Component
public class Ideas {

    private final WorkshopQueries queries;
    private final WorkshopAccess access;
    private final ProposalService proposals;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final WorkshopSettings settings;
    private final RateLimits limits;

    Ideas(
            WorkshopQueries queries,
            WorkshopAccess access,
            ProposalService proposals,
            ApplicationEventPublisher events,
            Clock clock,
            WorkshopSettings settings,
            RateLimits limits) {
        this.limits = limits;
        this.queries = queries;
        this.access = access;
        this.proposals = proposals;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    public Pin place(WorkshopId id, ParticipantId participant, double lat, double lon, String text) {
        // Pins of one workshop queue on its row, so the per-participant cap holds under concurrent clicks.
        WorkshopRow w = queries.lock(id);
        WorkshopAccess.requireOpen(w);
        Participant p = access.requireParticipant(w, participant);
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw UserFacingException.forField("text", "error.field.required");
        }
        if (clean.length() > Pin.MAX_TEXT) {
            throw UserFacingException.forField("text", "error.field.too-long", Pin.MAX_TEXT);
        }
        if (!Double.isFinite(lat)
                || !Double.isFinite(lon)
                || !GeoJson.parse(w.area()).covers(GeoJson.FACTORY.createPoint(new Coordinate(lon, lat)))) {
            throw UserFacingException.forField("location", "error.workshop.pin-outside");
        }
        // Per participant, because guests have no account to count by.
        limits.consume(Limit.IDEA_PIN, "participant:" + participant.value());
        if (queries.pinsPlacedBy(participant) >= settings.maxIdeasEach()) {
            // Enough for any real session; keeps one participant from flooding the room's map.
            throw UserFacingException.forField("text", "error.workshop.too-many-pins", settings.maxIdeasEach());
        }
        Pin pin = new Pin(PinId.random(), p.displayName(), p.guest(), lat, lon, clean, clock.instant(), null);
        queries.insertPin(id, participant, pin);
        events.publishEvent(new WorkshopEvent.PinPlaced(id, w.municipality(), pin));
        return pin;
    }

    public ProposalId convert(WorkshopId id, PinId pinId, Category category, String title, String description) {
        WorkshopRow w = queries.workshop(id);
        access.requireManager(w);
        Pin pin = queries.pin(id, pinId).orElseThrow(() -> new UserFacingException("error.workshop.unknown-pin"));
        if (pin.proposal() != null) {
            throw new UserFacingException("error.workshop.pin-converted");
        }
        if (category == null) {
            throw UserFacingException.forField("category", "error.field.required");
        }
        String point = "{\"type\":\"Point\",\"coordinates\":[" + pin.lon() + "," + pin.lat() + "]}";
        ProposalId proposal =
                proposals.createDraft(w.municipality(), new ProposalInput(title, description, category.name(), point));
        // Conditional, so two quick clicks cannot make two drafts: the second rolls back.
        if (!queries.markConverted(pinId, proposal)) {
            throw new UserFacingException("error.workshop.pin-converted");
        }
        events.publishEvent(access.audited(
                w,
                clock.instant(),
                "PIN_TO_DRAFT",
                "PIN",
                pinId.value().toString(),
                "Draft " + proposal.value() + ": " + pin.text()));
        events.publishEvent(new WorkshopEvent.PinConverted(id, w.municipality(), pinId, proposal));
        return proposal;
    }

    /**
     * Removes the guest who placed this idea: their ideas that are not drafts go, and their
     * participant id stops working. For those who run the workshop; accounts are blocked by moderators instead.
     */
    public List<PinId> removeGuest(WorkshopId id, PinId pinId) {
        WorkshopRow w = queries.lock(id);
        access.requireManager(w);
        WorkshopQueries.ParticipantRef author =
                queries.authorOf(id, pinId).orElseThrow(() -> new UserFacingException("error.workshop.unknown-pin"));
        if (!author.guest()) {
            throw new UserFacingException("error.workshop.not-a-guest");
        }
        String name = queries.pin(id, pinId).map(Pin::authorName).orElse("");
        List<PinId> removed = queries.removeParticipant(id, author.id());
        events.publishEvent(access.audited(
                w,
                clock.instant(),
                "GUEST_REMOVED",
                "PARTICIPANT",
                author.id().value().toString(),
                name + " (" + removed.size() + ")"));
        events.publishEvent(new WorkshopEvent.GuestRemoved(id, w.municipality(), author.id(), removed));
        return removed;
    }
}
