package no.samskap.shared;

import java.io.Serializable;

/**
 * A domain event that open UIs must see. Events implementing this are relayed to every
 * node of the cluster after their transaction commits.
 */
public interface LiveEvent extends Serializable {

    /** The municipality whose users care about this event. */
    MunicipalityId municipality();
}
