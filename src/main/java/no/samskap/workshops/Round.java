package no.samskap.workshops;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A timed dot-voting round: every participant spreads up to {@code dots} dots over the items.
 *
 * @param endedAt when it actually ended (early, or on time), or null while it runs
 * @param totals dots per item key, for every item (zero included)
 * @param version counts every change of the round's dots and state; later events carry higher ones
 */
public record Round(
        RoundId id,
        int number,
        int dots,
        Instant startedAt,
        Instant endsAt,
        Instant endedAt,
        boolean open,
        List<Item> items,
        Map<String, Integer> totals,
        long version)
        implements Serializable {

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

    /** The round with newer totals; totals older than the ones it has are ignored. */
    public Round withTotals(Map<String, Integer> newTotals, long newVersion) {
        if (newVersion <= version) {
            return this;
        }
        return new Round(id, number, dots, startedAt, endsAt, endedAt, open, items, newTotals, newVersion);
    }

    /** Whether this is a later state than {@code other} (a later round, or the same one changed later). */
    public boolean isNewerThan(Round other) {
        return other == null || number > other.number || (number == other.number && version > other.version);
    }

    public int total(String itemKey) {
        return totals.getOrDefault(itemKey, 0);
    }
}
