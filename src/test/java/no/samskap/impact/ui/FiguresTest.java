package no.samskap.impact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiguresTest {

    static final Locale NB = Locale.forLanguageTag("nb");

    @Test
    void smallFiguresKeepTwoSignificantDigitsInsteadOfShowingZero() {
        assertThat(Figures.amount(0.0427, Locale.ENGLISH)).isEqualTo("0.043");
        assertThat(Figures.amount(0.04, Locale.ENGLISH)).isEqualTo("0.04");
        assertThat(Figures.amount(0.000_31, Locale.ENGLISH)).isEqualTo("0.00031");
        assertThat(Figures.amount(-0.0427, Locale.ENGLISH)).isEqualTo("-0.043");
        assertThat(Figures.amount(0.1275, Locale.ENGLISH)).isEqualTo("0.13");
        assertThat(Figures.amount(8.5, Locale.ENGLISH)).isEqualTo("8.5");
        assertThat(Figures.amount(0, Locale.ENGLISH)).isEqualTo("0");
    }

    @Test
    void largerFiguresKeepOneDecimal() {
        assertThat(Figures.amount(81.54, Locale.ENGLISH)).isEqualTo("81.5");
        assertThat(Figures.amount(12_345.67, Locale.ENGLISH)).isEqualTo("12,345.7");
    }

    @Test
    void norwegianUsesADecimalCommaAndASpaceBetweenThousands() {
        assertThat(Figures.amount(0.0427, NB)).isEqualTo("0,043");
        assertThat(Figures.amount(81.54, NB)).isEqualTo("81,5");
        assertThat(Figures.amount(12_345.67, NB)).isEqualTo("12\u00a0345,7");
        assertThat(Figures.money(160_000, NB)).isEqualTo("160\u00a0000");
    }
}
