package no.samskap.statements.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samskap.municipality.Municipality;
import no.samskap.statements.StatementKind;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Samskap's templates for the statements, in nb, nn and en, filled with what this installation
 * knows (the municipality, its address, how long guests' names are kept). What only the
 * municipality knows is left as a marked gap for the official to fill in.
 */
@Component
public class StatementTemplates {

    private static final Pattern FIELD = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

    private final Environment environment;

    StatementTemplates(Environment environment) {
        this.environment = environment;
    }

    public String fill(StatementKind kind, String language, Municipality municipality) {
        String text = read("statements/" + kind.route() + "." + language + ".md");
        // Read from the settings by name: the statement reports them without owning them.
        Duration guests =
                environment.getProperty("samskap.workshops.guest-data-retention", Duration.class, Duration.ofDays(30));
        String url = environment.getProperty("samskap.mail.public-url", "");
        Map<String, String> values = Map.of(
                "municipality", municipality.name(),
                "guestRetentionDays", Long.toString(Math.max(1, guests.toDays())),
                "url", url);
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(
                        "Template " + kind + "." + language + " has unknown field " + m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing statement template " + path, e);
        }
    }
}
