package no.samskap.workshops.internal;

import java.time.Instant;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.Role;
import no.samskap.identity.SignedInUser;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.AuditableAction;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import no.samskap.workshops.ParticipantId;
import no.samskap.workshops.internal.WorkshopQueries.Participant;
import org.springframework.stereotype.Component;

/**
 * Who may do what in a workshop. Running it is for its facilitator and for facilitators,
 * officials and admins of its municipality; taking part is for whoever holds a participant id the
 * server handed out for it (guests have no account, so that id is what lets them act).
 */
@Component
public class WorkshopAccess {

    private final CurrentUser currentUser;
    private final WorkshopQueries queries;

    WorkshopAccess(CurrentUser currentUser, WorkshopQueries queries) {
        this.currentUser = currentUser;
        this.queries = queries;
    }

    /** The audit entry for an action the signed-in manager took on this workshop. */
    public AuditableAction audited(
            WorkshopRow w, Instant at, String action, String targetType, String targetId, String detail) {
        SignedInUser actor = currentUser.require();
        return new AuditableAction(
                at, w.municipality(), actor.id(), actor.displayName(), action, targetType, targetId, detail);
    }

    public static boolean mayFacilitate(SignedInUser user, MunicipalityId municipality) {
        return (user.role() == Role.FACILITATOR || user.role() == Role.OFFICIAL || user.role() == Role.ADMIN)
                && user.belongsTo(municipality);
    }

    /** Whether the signed-in user may run workshops in this municipality. */
    public boolean mayFacilitate(MunicipalityId municipality) {
        return currentUser.get().filter(u -> mayFacilitate(u, municipality)).isPresent() && notBlocked();
    }

    public boolean mayManage(WorkshopRow w) {
        return currentUser
                        .get()
                        .filter(u -> u.id().equals(w.facilitator()) || mayFacilitate(u, w.municipality()))
                        .isPresent()
                && notBlocked();
    }

    /** Blocking takes effect at once, not at the next login: the account is read again. */
    private boolean notBlocked() {
        try {
            currentUser.requireWriter();
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    public void requireManager(WorkshopRow w) {
        if (!mayManage(w)) {
            throw new AccessDeniedException("error.workshop.not-facilitator");
        }
    }

    public static void requireOpen(WorkshopRow w) {
        if (!w.isOpen()) {
            throw new UserFacingException("error.workshop.ended");
        }
    }

    /** The participant, if the id is this workshop's and (for an account's participation) the caller's own. */
    public Participant requireParticipant(WorkshopRow w, ParticipantId participant) {
        if (participant == null) {
            throw new AccessDeniedException("error.workshop.not-participant");
        }
        Participant p = queries.participant(w.id(), participant)
                .orElseThrow(() -> new AccessDeniedException("error.workshop.not-participant"));
        // An account's participation is only ever used by that account, and not once it is blocked.
        if (p.account() != null) {
            if (!currentUser.get().map(u -> u.id().equals(p.account())).orElse(false)) {
                throw new AccessDeniedException("error.workshop.not-participant");
            }
            currentUser.requireWriter();
        }
        return p;
    }

    /** For results and room contents: those who run the workshop, or its participants. */
    public void requireManagerOrParticipant(WorkshopRow w, ParticipantId participant) {
        if (!mayManage(w)) {
            requireParticipant(w, participant);
        }
    }
}
