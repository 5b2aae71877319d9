package no.samskap.budgeting.internal;

import com.hazelcast.config.Config;
import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samskap.budgeting.BudgetSettings;
import no.samskap.live.ClusterStructures;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Unconfirmed baskets, one per person and process, in a cluster map: every tab and device of the
 * person, on whichever node, sees the same basket, and a node that goes away loses none. Kept as
 * plain text (the project ids), which the cluster's deserialization filter allows.
 */
@Component
public class BasketDrafts implements ClusterStructures {

    static final String MAP = "samskap-basket-drafts";

    private final BudgetSettings settings;
    private final ObjectProvider<HazelcastInstance> hazelcast;

    BasketDrafts(BudgetSettings settings, ObjectProvider<HazelcastInstance> hazelcast) {
        this.settings = settings;
        this.hazelcast = hazelcast;
    }

    @Override
    public void declare(Config config) {
        config.addMapConfig(new MapConfig(MAP)
                .setBackupCount(1)
                .setMaxIdleSeconds((int) Math.min(
                        Integer.MAX_VALUE,
                        Math.max(1, settings.draftTimeToLive().toSeconds())))
                .setEvictionConfig(new EvictionConfig()
                        .setEvictionPolicy(EvictionPolicy.LRU)
                        .setMaxSizePolicy(MaxSizePolicy.PER_NODE)
                        .setSize(settings.draftsPerNode())));
    }

    /** The person's unconfirmed basket, or null when they have none. */
    public List<UUID> get(UUID process, UUID voter) {
        String kept = map().get(key(process, voter));
        if (kept == null) {
            return null;
        }
        return kept.isEmpty()
                ? List.of()
                : Arrays.stream(kept.split(",")).map(UUID::fromString).toList();
    }

    public void put(UUID process, UUID voter, Collection<UUID> choices) {
        map().set(key(process, voter), choices.stream().map(UUID::toString).collect(Collectors.joining(",")));
    }

    /** Forgets the basket; not waited for, as a confirmed ballot's receipt does not depend on it. */
    public void remove(UUID process, UUID voter) {
        map().removeAsync(key(process, voter));
    }

    private IMap<String, String> map() {
        return hazelcast.getObject().getMap(MAP);
    }

    private static String key(UUID process, UUID voter) {
        return process + ":" + voter;
    }
}
