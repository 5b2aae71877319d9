package no.samskap.workshops;

import java.io.Serial;
import java.io.Serializable;

/** Where the facilitator's map is, and whether participants are asked to follow it. */
public record FacilitatorView(double lat, double lon, int zoom, boolean followMe) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
