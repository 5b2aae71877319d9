package no.samskap.voting.internal;

import no.samskap.voting.StakeholderType;
import no.samskap.voting.Stance;

/** What one vote change adds to or takes from a proposal's counts. */
public final class TallyChange {

    final int[] support = new int[StakeholderType.values().length];
    final int[] oppose = new int[StakeholderType.values().length];

    /** One more (+1) or one fewer (-1) counted vote of this stance from this kind of participant. */
    public TallyChange count(Stance stance, StakeholderType who, int delta) {
        (stance == Stance.SUPPORT ? support : oppose)[who.ordinal()] += delta;
        return this;
    }
}
