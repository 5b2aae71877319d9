package no.samskap.budgeting;

import java.util.List;

/**
 * A basket measured against the budget and its rules, before it is confirmed.
 *
 * @param problems why it cannot be confirmed yet, as message keys with their arguments; empty when it can
 */
public record BasketCheck(long totalNok, long budgetNok, int projects, List<Problem> problems) {

    /** One rule the basket does not keep. */
    public record Problem(String messageKey, List<Object> arguments) {}

    public boolean fits() {
        return problems.isEmpty();
    }

    public long leftNok() {
        return budgetNok - totalNok;
    }
}
