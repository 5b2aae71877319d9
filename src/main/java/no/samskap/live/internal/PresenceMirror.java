package no.samskap.live.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import no.samskap.live.Visitor;

/**
 * This node's copy of the cluster's presence map, by place, kept from the map's entry events and
 * made equal to the map now and then. Lists who is at a place once per change, however many tabs
 * ask, and tells its listener which place changed. Entries are keyed {@code member/number}.
 */
final class PresenceMirror {

    private final Consumer<String> changed;
    private final Map<String, Map<String, PresenceEntry>> places = new ConcurrentHashMap<>();
    /** Per place, the number of its last change (numbers are never reused); a listed place is current while it holds. */
    private final Map<String, Long> versions = new ConcurrentHashMap<>();

    private final Map<String, Listed> listed = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    /** @param changed called with a place after its visitors changed */
    PresenceMirror(Consumer<String> changed) {
        this.changed = changed;
    }

    /** Who is at a place as of its change with the given number. */
    private record Listed(long version, List<Visitor> visitors) {}

    void put(String key, PresenceEntry entry) {
        PresenceEntry previous = places.computeIfAbsent(entry.place(), p -> new ConcurrentHashMap<>())
                .put(key, entry);
        if (previous == null) {
            changed(entry.place());
        }
    }

    /** Removes the entry; without the entry (a map removal event may not carry it), finds it by key. */
    void remove(String key, PresenceEntry entry) {
        if (entry == null) {
            places.forEach((place, entries) -> {
                PresenceEntry found = entries.get(key);
                if (found != null) {
                    remove(key, found);
                }
            });
            return;
        }
        boolean[] was = new boolean[1];
        places.computeIfPresent(entry.place(), (p, entries) -> {
            was[0] = entries.remove(key) != null;
            return entries.isEmpty() ? null : entries;
        });
        if (was[0]) {
            changed(entry.place());
        }
    }

    /** Makes the mirror equal to the cluster's map, leaving out members that have gone, and reports the places that differed. */
    void reconcile(Map<String, PresenceEntry> cluster, Set<String> members) {
        Map<String, Map<String, PresenceEntry>> fresh = new ConcurrentHashMap<>();
        cluster.forEach((key, entry) -> {
            if (members.contains(entry.member())) {
                fresh.computeIfAbsent(entry.place(), p -> new ConcurrentHashMap<>())
                        .put(key, entry);
            }
        });
        Set<String> all = new HashSet<>(places.keySet());
        all.addAll(fresh.keySet());
        for (String place : all) {
            Map<String, PresenceEntry> now = fresh.getOrDefault(place, Map.of());
            Map<String, PresenceEntry> before = places.getOrDefault(place, Map.of());
            if (!now.keySet().equals(before.keySet())) {
                if (now.isEmpty()) {
                    places.remove(place);
                } else {
                    places.put(place, now);
                }
                changed(place);
            }
        }
    }

    /** Everyone at the place, one entry per person, earliest first. */
    List<Visitor> at(String place) {
        // Every tab at a place asks after each change: compute the list once per change, not per tab.
        Long version = versions.get(place);
        Listed cached = listed.get(place);
        if (cached != null && version != null && cached.version() == version) {
            return cached.visitors();
        }
        List<Visitor> visitors = compute(place);
        if (visitors.isEmpty() || version == null) {
            listed.remove(place); // places come and go (every proposal page is one); keep only the busy ones
        } else {
            listed.put(place, new Listed(version, visitors)); // stale at once if a change came meanwhile
        }
        return visitors;
    }

    /** Number of places with anyone at them (for leak tests). */
    int placeCount() {
        return places.size();
    }

    /** Number of places whose list is kept (for leak tests). */
    int listedCount() {
        return listed.size();
    }

    private List<Visitor> compute(String place) {
        Map<String, PresenceEntry> entries = places.getOrDefault(place, Map.of());
        Map<String, Visitor> byPerson = new LinkedHashMap<>();
        // First come, first listed; within one millisecond a node's own order of entry decides.
        entries.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, PresenceEntry>>comparingLong(
                                e -> e.getValue().since())
                        .thenComparing(e -> e.getValue().member())
                        .thenComparingLong(e -> sequence(e.getKey())))
                .forEach(e -> byPerson.putIfAbsent(
                        e.getValue().visitor().id(), e.getValue().visitor()));
        return List.copyOf(byPerson.values());
    }

    /** The running number in a key ("member/17"). */
    private static long sequence(String key) {
        try {
            return Long.parseLong(key.substring(key.lastIndexOf('/') + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void changed(String place) {
        if (places.containsKey(place)) {
            versions.put(place, changes.incrementAndGet());
        } else {
            versions.remove(place);
            listed.remove(place);
        }
        changed.accept(place);
    }
}
