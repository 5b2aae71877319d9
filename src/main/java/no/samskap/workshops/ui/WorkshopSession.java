package no.samskap.workshops.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.HashMap;
import java.util.Optional;
import no.samskap.workshops.ParticipantId;
import no.samskap.workshops.WorkshopId;
import no.samskap.workshops.WorkshopService;

/**
 * The workshops this browser session has joined, kept on the server: a guest's participant id
 * never travels to the browser, so nobody can act as another participant by editing a request.
 */
final class WorkshopSession {

    private static final String KEY = "samskap.workshops.joined";

    private WorkshopSession() {}

    static void remember(WorkshopService.Joined joined) {
        joined().put(joined.workshop(), joined);
    }

    /** The participant id for this workshop, from this session or (for accounts) an earlier join. */
    static Optional<ParticipantId> participant(WorkshopId workshop, WorkshopService service) {
        WorkshopService.Joined known = joined().get(workshop);
        if (known != null && service.isParticipant(workshop, known.participant())) {
            return Optional.of(known.participant());
        }
        Optional<WorkshopService.Joined> again = service.rejoin(workshop);
        again.ifPresent(WorkshopSession::remember);
        return again.map(WorkshopService.Joined::participant);
    }

    /** Joins by code as whoever this browser session is, keeping a guest who joined before the same participant. */
    static WorkshopService.Joined join(WorkshopService service, String code, String guestName) {
        VaadinSession session = VaadinSession.getCurrent();
        String address =
                session.getBrowser() == null ? null : session.getBrowser().getAddress();
        WorkshopService.Joined joined = service.join(
                code,
                guestName,
                joined().values().stream()
                        .map(WorkshopService.Joined::participant)
                        .toList(),
                address);
        remember(joined);
        return joined;
    }

    /** The name this session joined the workshop under. */
    static Optional<String> name(WorkshopId workshop) {
        return Optional.ofNullable(joined().get(workshop)).map(WorkshopService.Joined::displayName);
    }

    @SuppressWarnings("unchecked")
    private static HashMap<WorkshopId, WorkshopService.Joined> joined() {
        VaadinSession session = VaadinSession.getCurrent();
        Object map = session.getAttribute(KEY);
        if (map == null) {
            map = new HashMap<WorkshopId, WorkshopService.Joined>();
            session.setAttribute(KEY, map);
        }
        return (HashMap<WorkshopId, WorkshopService.Joined>) map;
    }
}
