package no.samskap.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The letters on a visitor's avatar. */
class VisitorTest {

    private static String initials(String name) {
        return new Visitor("guest:x", name, true).initials();
    }

    @Test
    void firstLettersOfTheFirstAndLastWord() {
        assertThat(initials("Kari Nordmann")).isEqualTo("KN");
        assertThat(initials("Åse Ødegård")).isEqualTo("ÅØ");
        assertThat(initials("kari   anne nordmann")).isEqualTo("KN");
        assertThat(initials("Siri")).isEqualTo("S");
    }

    @Test
    void onlyLettersCount() {
        assertThat(initials("<b>Siri</b>")).isEqualTo("S");
        assertThat(initials("<b>Siri</b> <i>Dahl</i>")).isEqualTo("SD");
        assertThat(initials("1. Ola (gjest)")).isEqualTo("OG");
        assertThat(initials("\"Per\" <3")).isEqualTo("P");
        assertThat(initials("Ørjan 🚲")).isEqualTo("Ø");
    }

    @Test
    void aNameWithoutLettersGetsAQuestionMark() {
        assertThat(initials("<3 123 !!")).isEqualTo("?");
        assertThat(initials("<>")).isEqualTo("?");
        assertThat(Visitor.anonymous("s").initials()).isEqualTo("?");
    }
}
