package no.samskap.workshops.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.SignedInUser;
import no.samskap.proposals.PhaseGate;
import no.samskap.protection.ClientAddress;
import no.samskap.protection.Limit;
import no.samskap.protection.RateLimitedException;
import no.samskap.protection.RateLimits;
import no.samskap.shared.PhaseAction;
import no.samskap.shared.UserFacingException;
import no.samskap.workshops.ParticipantId;
import no.samskap.workshops.WorkshopId;
import no.samskap.workshops.WorkshopService;
import no.samskap.workshops.WorkshopService.Joined;
import no.samskap.workshops.WorkshopSettings;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** Joining a workshop by its code, as an account or as a guest with a name. */
@Component
public class Joining {

    private final CurrentUser currentUser;
    private final WorkshopQueries queries;
    private final RateLimits limits;
    private final WorkshopSettings settings;
    private final PhaseGate phases;

    Joining(
            CurrentUser currentUser,
            WorkshopQueries queries,
            RateLimits limits,
            WorkshopSettings settings,
            PhaseGate phases) {
        this.phases = phases;
        this.settings = settings;
        this.currentUser = currentUser;
        this.queries = queries;
        this.limits = limits;
    }

    /** See {@link WorkshopService#join}. */
    public Joined join(String code, String guestName, Collection<ParticipantId> known, String address) {
        Optional<SignedInUser> user = currentUser.get();
        String name = guestName == null ? "" : guestName.strip().replaceAll("\\s+", " ");
        if (user.isEmpty()) {
            // The name first: a missing name must not tell whether a code exists.
            if (name.isEmpty()) {
                throw UserFacingException.forField("name", "error.field.required");
            }
            if (name.length() > WorkshopService.MAX_NAME) {
                throw UserFacingException.forField("name", "error.field.too-long", WorkshopService.MAX_NAME);
            }
        }
        String clean = JoinCodes.normalise(code);
        if (clean.isEmpty()) {
            throw UserFacingException.forField("code", "error.field.required");
        }
        // Counted by the address's /64 for IPv6, which one subscriber can rotate through freely.
        String addressKey = ClientAddress.limitKey(address);
        var wait = limits.waitFor(Limit.WRONG_JOIN_CODE, addressKey);
        if (wait.isPresent()) {
            throw UserFacingException.forField(
                    "code",
                    "error.workshop.too-many-attempts",
                    Math.max(1, (wait.get().toMillis() + 999) / 1000));
        }
        limits.consume(Limit.WORKSHOP_JOIN, addressKey);
        // No code is longer than a dozen characters: anything longer is wrong without asking the database.
        Optional<WorkshopRow> workshop = clean.length() > 12 ? Optional.empty() : queries.byCode(clean);
        if (workshop.isEmpty() || !workshop.get().isOpen()) {
            try {
                limits.consume(Limit.WRONG_JOIN_CODE, addressKey);
            } catch (RateLimitedException lastAllowed) {
                // This wrong code used up the allowance; the next attempt is refused above.
            }
            throw UserFacingException.forField(
                    "code", workshop.isEmpty() ? "error.workshop.unknown-code" : "error.workshop.ended");
        }
        WorkshopId id = workshop.get().id();
        // Joins of one workshop queue on its row, so the participant cap holds under a rush.
        queries.lock(id);
        if (user.isPresent()) {
            SignedInUser u = currentUser.requireWriter();
            ParticipantId existing = queries.accountParticipant(id, u.id()).orElseGet(() -> {
                requireRoom(id);
                try {
                    return queries.insertParticipant(id, u.id(), u.displayName(), false);
                } catch (DuplicateKeyException e) {
                    // The same account joined from another tab at the same moment.
                    return queries.accountParticipant(id, u.id()).orElseThrow(() -> e);
                }
            });
            return new Joined(id, existing, u.displayName());
        }
        for (ParticipantId p : known == null ? List.<ParticipantId>of() : known) {
            Optional<String> earlier = queries.guestName(id, p);
            if (earlier.isPresent()) {
                return new Joined(id, p, earlier.get());
            }
        }
        requireRoom(id);
        return new Joined(id, queries.insertParticipant(id, null, name, true), name);
    }

    /**
     * Room for one more, and — for a workshop of a process — a phase that includes workshops. Only
     * newcomers are asked: someone who joined before gets back in even after the phase ended.
     */
    private void requireRoom(WorkshopId id) {
        queries.process(id).ifPresent(p -> phases.require(p, PhaseAction.WORKSHOP));
        if (queries.participantCount(id) >= settings.maxParticipants()) {
            throw UserFacingException.forField("code", "error.workshop.full", settings.maxParticipants());
        }
    }

    /** The signed-in user's participation in a workshop they joined before, e.g. from another browser. */
    public Optional<Joined> rejoin(WorkshopId workshop) {
        return currentUser
                .get()
                .flatMap(u -> queries.accountParticipant(workshop, u.id())
                        .map(p -> new Joined(workshop, p, u.displayName())));
    }
}
