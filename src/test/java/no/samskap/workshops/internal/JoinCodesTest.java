package no.samskap.workshops.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Join codes: what people type, and codes that are free, readable and varied. */
class JoinCodesTest {

    /** Codes asked about, and how many of the first ones to call taken. */
    final List<String> asked = new ArrayList<>();

    int taken;

    final JoinCodes codes = new JoinCodes(new WorkshopQueries(null, null) {
        @Override
        public boolean codeTaken(String code) {
            asked.add(code);
            return asked.size() <= taken;
        }
    });

    @Test
    void caseSpacesAndDashesDoNotMatter() {
        assertThat(JoinCodes.normalise(" abc-d 3f ")).isEqualTo("ABCD3F");
        assertThat(JoinCodes.normalise("abc\tdef")).isEqualTo("ABCDEF");
        assertThat(JoinCodes.normalise(null)).isEmpty();
    }

    @Test
    void codesAreSixCharactersThatCannotBeMisread() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = codes.newCode();
            assertThat(code).matches("[A-HJ-NP-Z2-9]{6}");
            seen.add(code);
        }
        assertThat(seen).as("random, not repeating").hasSizeGreaterThan(195);
    }

    @Test
    void aTakenCodeIsDrawnAgain() {
        taken = 2;
        String code = codes.newCode();
        assertThat(asked).hasSize(3);
        assertThat(code).isEqualTo(asked.getLast());
    }

    @Test
    void givesUpRatherThanLoopingForever() {
        taken = Integer.MAX_VALUE;
        assertThatThrownBy(codes::newCode).isInstanceOf(IllegalStateException.class);
        assertThat(asked).hasSize(20);
    }
}
