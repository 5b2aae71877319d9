package no.samskap.workshops.internal;

import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.CsvWriter;
import no.samskap.workshops.ParticipantId;
import no.samskap.workshops.Pin;
import no.samskap.workshops.Round;
import no.samskap.workshops.WorkshopId;
import org.springframework.stereotype.Component;

/**
 * A workshop's results as CSV: the workshop, every idea, and every round's dots per item. For
 * those who run the workshop at any time, and for participants once it has ended.
 */
@Component
public class ResultsCsv {

    private final WorkshopQueries queries;
    private final RoundQueries rounds;
    private final WorkshopAccess access;

    ResultsCsv(WorkshopQueries queries, RoundQueries rounds, WorkshopAccess access) {
        this.queries = queries;
        this.rounds = rounds;
        this.access = access;
    }

    public String write(WorkshopId id, ParticipantId participant) {
        WorkshopRow w = queries.workshop(id);
        if (!access.mayManage(w)) {
            access.requireParticipant(w, participant);
            if (w.isOpen()) {
                throw new AccessDeniedException("error.workshop.results-after-end");
            }
        }
        CsvWriter csv = new CsvWriter();
        csv.row("workshop", "title", "join_code", "state", "created_at", "ended_at");
        csv.row(
                "workshop",
                w.title(),
                w.code(),
                w.state().name(),
                String.valueOf(w.createdAt()),
                w.endedAt() == null ? "" : w.endedAt().toString());
        csv.blank();
        csv.row("idea", "id", "text", "author", "guest", "lat", "lon", "created_at", "draft_proposal");
        for (Pin p : queries.pins(id)) {
            csv.row(
                    "idea",
                    p.id().toString(),
                    p.text(),
                    p.authorName(),
                    String.valueOf(p.guest()),
                    String.valueOf(p.lat()),
                    String.valueOf(p.lon()),
                    p.createdAt().toString(),
                    p.proposal() == null ? "" : p.proposal().toString());
        }
        csv.blank();
        csv.row("round", "number", "dots_each", "started_at", "ended_at", "item", "label", "dots");
        for (Round r : rounds.rounds(id)) {
            for (Round.Item item : r.items()) {
                csv.row(
                        "round",
                        String.valueOf(r.number()),
                        String.valueOf(r.dots()),
                        r.startedAt().toString(),
                        r.endedAt() == null ? "" : r.endedAt().toString(),
                        item.key(),
                        item.label(),
                        String.valueOf(r.total(item.key())));
            }
        }
        return csv.toString();
    }
}
