package no.samskap.live;

import com.hazelcast.config.Config;

/**
 * Lets a module declare the Hazelcast structures it owns (maps, topics, their limits) on the
 * member's configuration before the member starts.
 */
public interface ClusterStructures {

    void declare(Config config);
}
