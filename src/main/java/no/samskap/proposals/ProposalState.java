package no.samskap.proposals;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Where a proposal is in its life; transitions are checked by the aggregate. */
public enum ProposalState {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    ACCEPTED,
    REJECTED,
    IN_PROGRESS,
    IMPLEMENTED;

    /** Whether people other than the author can see a proposal in this state. */
    public boolean isPublic() {
        return this != DRAFT;
    }

    /** The states a proposal may move to from this one. */
    public Set<ProposalState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW, ACCEPTED, REJECTED);
            case UNDER_REVIEW -> EnumSet.of(ACCEPTED, REJECTED);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, IMPLEMENTED);
            case IN_PROGRESS -> EnumSet.of(IMPLEMENTED);
            case REJECTED, IMPLEMENTED -> EnumSet.noneOf(ProposalState.class);
        };
    }

    public boolean canMoveTo(ProposalState target) {
        return next().contains(target);
    }

    public String messageKey() {
        return "state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
