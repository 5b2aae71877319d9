package no.samskap.live.internal;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import no.samskap.live.LiveSettings;

/**
 * Who may join the cluster. Open-source Hazelcast has no member authentication: a process that
 * reaches the port and presents the cluster name is a member. So the name a node presents is
 * derived from a secret shared by the deployment, and a node that listens beyond loopback refuses
 * to start without one. The port must still stay on a private network (see the README).
 */
final class ClusterAdmission {

    private ClusterAdmission() {}

    /** The cluster name to present: the configured name, sealed with the secret when there is one. */
    static String clusterName(LiveSettings settings) {
        String secret =
                settings.clusterSecret() == null ? "" : settings.clusterSecret().strip();
        boolean loopbackOnly = isLoopback(settings.bindAddress());
        if (secret.isEmpty()) {
            if (!loopbackOnly) {
                throw new IllegalStateException("Hazelcast is to listen on " + settings.bindAddress()
                        + ", beyond loopback, but no cluster secret is set. Set SAMSKAP_LIVE_CLUSTER_SECRET in the"
                        + " environment of every node to the same random value of at least "
                        + LiveSettings.MIN_SECRET_LENGTH + " characters (e.g. openssl rand -hex 16).");
            }
            return settings.clusterName();
        }
        if (secret.length() < LiveSettings.MIN_SECRET_LENGTH) {
            throw new IllegalStateException(
                    "The cluster secret (SAMSKAP_LIVE_CLUSTER_SECRET) is too short: use at least "
                            + LiveSettings.MIN_SECRET_LENGTH + " random characters (e.g. openssl rand -hex 16).");
        }
        if (secret.equals(settings.clusterName()) || secret.equals("samskap")) {
            throw new IllegalStateException("The cluster secret must not be the cluster name or the default name.");
        }
        return settings.clusterName() + "-" + digest(settings.clusterName() + "\n" + secret);
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        String a = address.strip();
        if (a.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return InetAddress.ofLiteral(a).isLoopbackAddress();
        } catch (IllegalArgumentException notALiteral) {
            // A host name other than localhost may resolve to anything: treat it as beyond loopback.
            return false;
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
