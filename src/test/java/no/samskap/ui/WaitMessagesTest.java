package no.samskap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** "Wait 1 seconds" read wrong: the waits people are told about agree with their number in each language. */
class WaitMessagesTest {

    private final Translations translations = new Translations(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en | error.rate-limited               | 1    | Wait 1 second and",
                "en | error.rate-limited               | 264  | Wait 264 seconds and",
                "en | login.throttled.text             | 1    | Wait 1 second and",
                "en | error.workshop.too-many-attempts | 42   | Wait 42 seconds and",
                "nb | error.rate-limited               | 1    | Vent 1 sekund og",
                "nb | login.throttled.text             | 30   | Vent 30 sekunder og",
                "nb | error.workshop.too-many-attempts | 1    | Vent 1 sekund og",
                "nn | error.rate-limited               | 1    | Vent 1 sekund og",
                "nn | login.throttled.text             | 30   | Vent 30 sekund og"
            })
    void saysOneSecondOrManySeconds(String language, String key, long seconds, String expected) {
        assertThat(translations.getTranslation(key, java.util.Locale.forLanguageTag(language), seconds))
                .contains(expected);
    }
}
