package no.samskap.live;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cluster and push settings ({@code samskap.live.*}).
 *
 * @param clusterName Hazelcast cluster name; nodes with different names never join
 * @param bindAddress the interface Hazelcast listens on (loopback by default, so a laptop exposes nothing)
 * @param port first Hazelcast port; the next ones are tried when it is taken
 * @param members TCP/IP members to join (host or host:port)
 * @param pushInterval after a push to a UI, how long further events for it are held and then pushed together
 *                     (a lone event after a quiet spell is pushed at once)
 * @param presenceTtl how long a presence entry outlives its last refresh (a dead node's visitors vanish within this)
 * @param topicCapacity events the cluster keeps for a node that lags; one that falls further behind reloads from the database
 * @param presenceTimeout how long a UI may go without a heartbeat before its visitor leaves presence (a browser that
 *                        died leaves within this and a third of it); keep it above twice {@code vaadin.heartbeatInterval}
 * @param clusterSecret shared by all nodes of one deployment (from the environment, SAMSKAP_LIVE_CLUSTER_SECRET);
 *                      required once Hazelcast listens beyond loopback, because a member that knows the
 *                      cluster name may join and read every event
 */
@ConfigurationProperties("samskap.live")
public record LiveSettings(
        @DefaultValue("samskap") String clusterName,
        @DefaultValue("127.0.0.1") String bindAddress,
        @DefaultValue("5701") int port,
        @DefaultValue("127.0.0.1") List<String> members,
        @DefaultValue("250ms") Duration pushInterval,
        @DefaultValue("15s") Duration presenceTtl,
        @DefaultValue("10000") int topicCapacity,
        @DefaultValue("12s") Duration presenceTimeout,
        @DefaultValue("") String clusterSecret) {

    /** Shortest cluster secret accepted: 128 bits of randomness written as 32 hex digits. */
    public static final int MIN_SECRET_LENGTH = 32;

    @Override
    public String toString() {
        // Never print the secret (configuration dumps, failure analysis).
        return "LiveSettings[clusterName=" + clusterName + ", bindAddress=" + bindAddress + ", port=" + port
                + ", members=" + members + "]";
    }
}
