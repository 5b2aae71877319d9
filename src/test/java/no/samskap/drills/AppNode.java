package no.samskap.drills;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * The built application jar running as its own operating-system process, as in production:
 * PostgreSQL, a Hazelcast member on loopback, its output in {@code target/drills/<name>.log}.
 */
final class AppNode implements AutoCloseable {

    static final Path JAR = Path.of("target", "samskap.jar");

    private final String name;
    private final int httpPort;
    private final List<String> jvmOptions;
    private final List<String> arguments;
    private Process process;

    /** A drill node: a small heap and the serial collector, so several fit on two cores. */
    AppNode(String name, int httpPort, List<String> arguments) {
        this(name, httpPort, List.of("-Xmx768m", "-XX:+UseSerialGC"), arguments);
    }

    AppNode(String name, int httpPort, List<String> jvmOptions, List<String> arguments) {
        this.name = name;
        this.httpPort = httpPort;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.arguments = List.copyOf(arguments);
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + httpPort + "/");
    }

    /** The operating-system process id, to tell a restart from the same process. */
    long pid() {
        return process.pid();
    }

    String name() {
        return name;
    }

    /** Starts the process and waits until it reports itself healthy. */
    AppNode start() throws IOException {
        Path log = Path.of("target", "drills", name + ".log");
        Files.createDirectories(log.getParent());
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.add("--server.port=" + httpPort);
        command.addAll(arguments);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        Awaitility.await(name + " healthy (see " + log + ")")
                .atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see " + log);
                    }
                    return healthy();
                });
        return this;
    }

    boolean healthy() {
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(base().resolve("actuator/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook, no goodbye to the cluster. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
