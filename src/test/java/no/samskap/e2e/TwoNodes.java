package no.samskap.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samskap.SamskapApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes in this JVM with the demo data: real Hazelcast members on loopback that
 * form one cluster of their own, and one H2 file database. Node A starts (and seeds) first.
 */
final class TwoNodes implements AutoCloseable {

    final ConfigurableApplicationContext a;
    final ConfigurableApplicationContext b;

    /**
     * @param onlyA arguments for node A alone, e.g. to let only it seed demo proposals
     * @param onlyB arguments for node B alone
     */
    TwoNodes(String name, int hazelcastA, int hazelcastB, List<String> onlyA, List<String> onlyB) throws IOException {
        Path dir = Files.createTempDirectory("samskap-e2e-" + name);
        String cluster = "e2e-" + name + "-" + UUID.randomUUID();
        String db = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        String members = "127.0.0.1:" + hazelcastA + ",127.0.0.1:" + hazelcastB;
        a = node(cluster, db, hazelcastA, members, onlyA);
        ConfigurableApplicationContext started = null;
        try {
            started = node(cluster, db, hazelcastB, members, onlyB);
        } finally {
            if (started == null) {
                a.close();
            }
        }
        b = started;
    }

    private static ConfigurableApplicationContext node(
            String cluster, String db, int hazelcastPort, String members, List<String> extra) {
        SpringApplication app = new SpringApplication(SamskapApplication.class);
        app.setAdditionalProfiles("test", "demo");
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + db,
                "--samskap.live.cluster-name=" + cluster,
                "--samskap.live.port=" + hazelcastPort,
                "--samskap.live.members=" + members,
                "--samskap.live.push-interval=250ms"));
        arguments.addAll(extra);
        return app.run(arguments.toArray(String[]::new));
    }

    static String url(ConfigurableApplicationContext node, String path) {
        return "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port") + "/" + path;
    }

    @Override
    public void close() {
        b.close();
        a.close();
    }
}
