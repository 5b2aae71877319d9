package no.samskap.workshops.internal;

import com.hazelcast.config.Config;
import com.hazelcast.config.MapConfig;
import no.samskap.live.ClusterStructures;
import org.springframework.context.annotation.Configuration;

/**
 * The Hazelcast structures workshops own: the facilitator's shared map view per workshop,
 * so participants who arrive later (on any node) start where the room is looking.
 */
@Configuration(proxyBeanMethods = false)
public class WorkshopStructures implements ClusterStructures {

    static final String VIEWS = "samskap-workshop-views";

    @Override
    public void declare(Config config) {
        // A workshop lasts hours, not days; an abandoned view is forgotten after a day.
        config.addMapConfig(new MapConfig(VIEWS).setBackupCount(1).setTimeToLiveSeconds(24 * 3600));
    }
}
