package no.samskap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranslationsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "nb-NO,nb;q=0.9,en;q=0.8 | nb",
                "no,en;q=0.5              | nb",
                "nn-NO                    | nn",
                "en-GB,en;q=0.9           | en",
                "de-DE,en;q=0.7           | en",
                "fr-FR                    | nb",
                "''                       | nb",
                "not a language ;;;       | nb"
            })
    void picksTheLanguageFromTheBrowser(String header, String expected) {
        assertThat(Translations.fromLanguageTags(header).getLanguage()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"nb, nb", "no, nb", "nn, nn", "en, en", "sv, nb"})
    void mapsLocalesToSupportedOnes(String tag, String expected) {
        assertThat(Translations.supported(Locale.forLanguageTag(tag)).getLanguage())
                .isEqualTo(expected);
    }
}
