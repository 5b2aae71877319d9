package no.samskap.workshops;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A timed dot-voting round: every participant spreads up to {@code dots} dots over the items.
 *
 * @param totals dots per item key, for every item (zero included)
 */
public record Round(RoundId id, int number, int dots, Instant startedAt, Instant endsAt, boolean open,
        List<Item> items, Map<String, Integer> totals) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int MAX_DOTS = 20;
    public static final int MAX_ITEMS = 20;

    public Round {
        items = List.copyOf(items);
        totals = Map.copyOf(totals);
    }

    /** Something to vote on: an idea pin ({@code pin:<id>}) or a proposal ({@code proposal:<id>}). */
    public record Item(String key, String label) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    public Round withTotals(Map<String, Integer> newTotals, boolean stillOpen) {
        return new Round(id, number, dots, startedAt, endsAt, stillOpen, items, newTotals);
    }

    public int total(String itemKey) {
        return totals.getOrDefault(itemKey, 0);
    }
}
