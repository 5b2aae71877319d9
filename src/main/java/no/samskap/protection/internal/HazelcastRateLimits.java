package no.samskap.protection.internal;

import com.hazelcast.config.Config;
import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.core.HazelcastInstance;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import io.github.bucket4j.grid.hazelcast.HazelcastProxyManager;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import no.samskap.live.ClusterStructures;
import no.samskap.protection.Limit;
import no.samskap.protection.ProtectionSettings;
import no.samskap.protection.RateLimitedException;
import no.samskap.protection.RateLimits;
import no.samskap.protection.SecurityLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Token buckets in a Hazelcast map: each subject's bucket lives on one member and is changed there
 * by an entry processor, so a limit holds exactly across nodes. A bucket vanishes once it would be
 * full again, and the map keeps at most {@code maxTrackedClients} per node.
 */
@Component
class HazelcastRateLimits implements RateLimits, ClusterStructures {

    static final String MAP = "samskap-rate-limits";
    // Bucket4j's own serializers take Hazelcast type ids from here up (it uses a handful).
    private static final int SERIALIZER_TYPE_ID_BASE = 1_000;

    private final ProtectionSettings settings;
    private final ObjectProvider<HazelcastInstance> hazelcast;
    private final ObjectProvider<SecurityLog> securityLog;
    private final Map<Limit, BucketConfiguration> configurations = new EnumMap<>(Limit.class);
    private volatile HazelcastProxyManager<String> buckets;

    HazelcastRateLimits(
            ProtectionSettings settings,
            ObjectProvider<HazelcastInstance> hazelcast,
            ObjectProvider<SecurityLog> securityLog) {
        this.settings = settings;
        this.hazelcast = hazelcast;
        this.securityLog = securityLog;
        for (Limit limit : Limit.values()) {
            Limit.Rate rate = settings.rate(limit);
            configurations.put(
                    limit,
                    BucketConfiguration.builder()
                            .addLimit(l -> l.capacity(rate.capacity()).refillGreedy(rate.capacity(), rate.period()))
                            .build());
        }
    }

    @Override
    public void declare(Config config) {
        HazelcastProxyManager.addCustomSerializers(config.getSerializationConfig(), SERIALIZER_TYPE_ID_BASE);
        config.addMapConfig(new MapConfig(MAP)
                .setBackupCount(1)
                .setEvictionConfig(new EvictionConfig()
                        .setEvictionPolicy(EvictionPolicy.LRU)
                        .setMaxSizePolicy(MaxSizePolicy.PER_NODE)
                        .setSize(settings.maxTrackedClients())));
    }

    private HazelcastProxyManager<String> buckets() {
        HazelcastProxyManager<String> manager = buckets;
        if (manager == null) {
            // Built on first use: the member starts after this bean has declared its structures.
            manager = Bucket4jHazelcast.entryProcessorBasedBuilder(
                            hazelcast.getObject().<String, byte[]>getMap(MAP))
                    .expirationAfterWrite(
                            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                    .build();
            buckets = manager;
        }
        return manager;
    }

    @Override
    public void consume(Limit limit, String subject) {
        ConsumptionProbe probe = buckets()
                .builder()
                .build(key(limit, subject), configurations.get(limit))
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
            securityLog
                    .getObject()
                    .record(SecurityLog.Event.RATE_LIMITED, null, "limit", limit.name(), "subject", subject);
            throw new RateLimitedException(limit, wait);
        }
    }

    @Override
    public Optional<Duration> waitFor(Limit limit, String subject) {
        EstimationProbe probe = buckets()
                .builder()
                .build(key(limit, subject), configurations.get(limit))
                .estimateAbilityToConsume(1);
        return probe.canBeConsumed()
                ? Optional.empty()
                : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private static String key(Limit limit, String subject) {
        return limit.name() + ":" + (subject == null ? "unknown" : subject);
    }
}
