package no.samskap.budgeting;

import java.util.List;

/**
 * A basket measured against the budget and its rules, before it is confirmed.
 *
 * @param problems why it cannot be confirmed yet, as message keys with their arguments; empty when it can
 * @param parts where the budget is split among districts: what the basket spends of each part
 */
public record BasketCheck(long totalNok, long budgetNok, int projects, List<Problem> problems, List<Part> parts) {

    /** One rule the basket does not keep. */
    public record Problem(String messageKey, List<Object> arguments) {}

    /**
     * The basket's spending from one part of a split budget.
     *
     * @param districtName the district, or null for the common part
     */
    public record Part(String districtName, long spentNok, long amountNok) {

        public boolean over() {
            return spentNok > amountNok;
        }
    }

    public boolean fits() {
        return problems.isEmpty();
    }

    public long leftNok() {
        return budgetNok - totalNok;
    }
}
