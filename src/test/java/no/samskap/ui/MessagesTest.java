package no.samskap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three languages must offer the same texts, and every key the code asks for must exist. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_nb.properties", "messages_nn.properties", "messages_en.properties"})
    void everyLanguageHasExactlyTheBaseKeys(String file) throws IOException {
        Set<String> base = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> other = new TreeSet<>(load(file).stringPropertyNames());
        assertThat(other).as(file).containsExactlyInAnyOrderElementsOf(base);
        load(file).forEach((k, v) -> assertThat(v.toString()).as(file + " " + k).isNotBlank());
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern literal = Pattern.compile(
                "\"((?:error|shell|login|register|map|list|proposal|menu|vote|comments|moderation|notifications|answer|audit|impact|scenario|kpi|presence|workshop)\\.[a-z0-9.-]+[a-z0-9])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(m.group(1) + " in " + f.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void englishLabelsThatAcceptanceTestsRelyOnAreFixed() throws IOException {
        Properties en = load("messages_en.properties");
        assertThat(en.getProperty("login.username")).isEqualTo("Username");
        assertThat(en.getProperty("login.password")).isEqualTo("Password");
        assertThat(en.getProperty("login.submit")).isEqualTo("Log in");
        assertThat(en.getProperty("map.propose")).isEqualTo("Propose a measure");
        assertThat(en.getProperty("proposal.title")).isEqualTo("Title");
        assertThat(en.getProperty("proposal.description")).isEqualTo("Description");
        assertThat(en.getProperty("proposal.category")).isEqualTo("Category");
        assertThat(en.getProperty("proposal.submit")).isEqualTo("Submit");
        assertThat(en.getProperty("proposal.save-draft")).isEqualTo("Save draft");
        assertThat(en.getProperty("list.heading")).isEqualTo("Proposals");
        assertThat(en.getProperty("shell.language")).isEqualTo("Language");
        assertThat(en.getProperty("menu.workshops")).isEqualTo("Workshops");
        assertThat(en.getProperty("workshop.heading")).isEqualTo("Workshops");
        assertThat(en.getProperty("workshop.new")).isEqualTo("New workshop");
        assertThat(en.getProperty("workshop.join-heading")).isEqualTo("Join workshop");
        assertThat(en.getProperty("workshop.join-code")).isEqualTo("Join code");
        assertThat(en.getProperty("workshop.join")).isEqualTo("Join");
        assertThat(en.getProperty("workshop.follow-me")).isEqualTo("Follow me");
        assertThat(en.getProperty("workshop.round.start")).isEqualTo("Start voting round");
        assertThat(en.getProperty("workshop.round.end")).isEqualTo("End round");
    }
}
