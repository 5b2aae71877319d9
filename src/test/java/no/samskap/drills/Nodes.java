package no.samskap.drills;

import java.util.ArrayList;
import java.util.List;

/** The application nodes of one drill: one database schema, one Hazelcast cluster on loopback. */
final class Nodes implements AutoCloseable {

    private final String schema;
    private final String cluster;
    private final String members;
    private final List<AppNode> started = new ArrayList<>();

    /** @param members every member's Hazelcast address, e.g. {@code 127.0.0.1:5951,127.0.0.1:5952} */
    Nodes(String schema, String cluster, String members) {
        this.schema = schema;
        this.cluster = cluster;
        this.members = members;
    }

    /** A node (not yet started) on the drill's schema and cluster. */
    AppNode node(String name, int httpPort, int hazelcastPort) {
        List<String> args = new ArrayList<>(DrillDatabase.nodeArguments(schema));
        args.add("--samskap.live.cluster-name=" + cluster);
        args.add("--samskap.live.port=" + hazelcastPort);
        args.add("--samskap.live.members=" + members);
        AppNode node = new AppNode(name, httpPort, args);
        started.add(node);
        return node;
    }

    @Override
    public void close() throws InterruptedException {
        for (AppNode node : started) {
            node.close();
        }
    }
}
