package no.samskap.live.internal;

import java.io.Serial;
import java.io.Serializable;
import no.samskap.live.Visitor;

/** What one node wrote to the cluster's presence map for one UI at one place. */
record PresenceEntry(String place, Visitor visitor, String member, long since) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
