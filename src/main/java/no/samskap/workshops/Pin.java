package no.samskap.workshops;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import no.samskap.proposals.ProposalId;

/**
 * An idea pinned on the workshop map.
 *
 * @param proposal the draft proposal the facilitator made of it, or null
 */
public record Pin(
        PinId id,
        String authorName,
        boolean guest,
        double lat,
        double lon,
        String text,
        Instant createdAt,
        ProposalId proposal)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int MAX_TEXT = 280;

    /** The same idea, now with the draft proposal made of it. */
    public Pin withProposal(ProposalId draft) {
        return new Pin(id, authorName, guest, lat, lon, text, createdAt, draft);
    }

    /** The key voting rounds use for this pin. */
    public String itemKey() {
        return "pin:" + id;
    }
}
