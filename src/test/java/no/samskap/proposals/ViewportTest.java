package no.samskap.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ViewportTest {

    @Test
    void growsByAFractionOnEachSideAndClampsToTheWorld() {
        Viewport v = new Viewport(59.0, 10.0, 60.0, 11.0).grow(0.25);
        assertThat(v).isEqualTo(new Viewport(58.75, 9.75, 60.25, 11.25));
        assertThat(new Viewport(-89, -179, 89, 179).grow(1)).isEqualTo(new Viewport(-90, -180, 90, 180));
    }

    @Test
    void containment() {
        Viewport outer = new Viewport(59, 10, 60, 11);
        assertThat(outer.contains(new Viewport(59.2, 10.2, 59.8, 10.8))).isTrue();
        assertThat(outer.contains(new Viewport(59.2, 10.2, 60.1, 10.8))).isFalse();
        assertThat(outer.contains(59.5, 10.5)).isTrue();
        assertThat(outer.contains(61, 10.5)).isFalse();
    }

    @Test
    void refusesInvertedOrNaNBoxes() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Viewport(60, 10, 59, 11));
        assertThatIllegalArgumentException().isThrownBy(() -> new Viewport(Double.NaN, 10, 59, 11));
    }

    @Test
    void likePatternsEscapeWildcards() {
        assertThat(ProposalSearch.escapeLike("50%_off\\")).isEqualTo("50\\%\\_off\\\\");
    }
}
