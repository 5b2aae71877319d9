package no.samskap.live.internal;

import com.hazelcast.config.ClassFilter;
import com.hazelcast.config.Config;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.ReliableTopicConfig;
import com.hazelcast.config.RingbufferConfig;
import com.hazelcast.topic.TopicOverloadPolicy;
import java.util.UUID;
import no.samskap.live.ClusterStructures;
import no.samskap.live.LiveSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded Hazelcast member. Discovery is explicit TCP/IP on the configured
 * addresses only: multicast, cloud auto-detection and phone-home are off.
 */
@Configuration(proxyBeanMethods = false)
class HazelcastConfiguration {

    static final String LIVE_TOPIC = "samskap-live";
    static final String PRESENCE_MAP = "samskap-presence";
    /** Packages whose classes may arrive by Java deserialization (Hazelcast adds its own and the JDK's). */
    static final String[] ALLOWED_PREFIXES = {"no.samskap."};

    @Bean
    Config hazelcastConfig(LiveSettings settings, ObjectProvider<ClusterStructures> structures) {
        Config config = new Config();
        config.setClusterName(ClusterAdmission.clusterName(settings));
        // Java deserialization only for our own types and the JDK's and Hazelcast's (with Hazelcast's
        // list of known gadget classes refused): a payload naming anything else is rejected and logged.
        config.getSerializationConfig()
                .setJavaSerializationFilterConfig(new JavaSerializationFilterConfig()
                        .setDefaultsDisabled(false)
                        .setWhitelist(new ClassFilter().addPrefixes(ALLOWED_PREFIXES)));
        config.setInstanceName("samskap-" + settings.clusterName() + "-" + UUID.randomUUID());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        // Lets a dead member be noticed within seconds instead of a minute.
        config.setProperty("hazelcast.heartbeat.interval.seconds", "2");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "10");
        config.getNetworkConfig()
                .setPort(settings.port())
                .setPortAutoIncrement(true)
                .setPortCount(20);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface(settings.bindAddress());
        config.getNetworkConfig().setPublicAddress(null);
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(settings.members());
        config.setProperty("hazelcast.local.localAddress", settings.bindAddress());
        config.setProperty("hazelcast.socket.bind.any", "false");
        // A single node should not sit waiting for peers that may never come.
        config.setProperty("hazelcast.wait.seconds.before.join", "1");
        join.getTcpIpConfig().setConnectionTimeoutSeconds(2);

        // The reliable topic's ring buffer ("_hz_rb_" + name) takes the ring buffer config of the topic's name.
        config.addRingBufferConfig(new RingbufferConfig(LIVE_TOPIC)
                .setCapacity(settings.topicCapacity())
                .setTimeToLiveSeconds(300));
        config.addReliableTopicConfig(new ReliableTopicConfig(LIVE_TOPIC)
                .setTopicOverloadPolicy(TopicOverloadPolicy.DISCARD_OLDEST)
                .setStatisticsEnabled(true));
        // Presence is small and rebuilt by every node within seconds; a backup would only add traffic.
        config.addMapConfig(new MapConfig(PRESENCE_MAP)
                .setBackupCount(0)
                .setAsyncBackupCount(1)
                .setTimeToLiveSeconds((int) Math.max(1, settings.presenceTtl().toSeconds())));
        structures.orderedStream().forEach(s -> s.declare(config));
        return config;
    }
}
