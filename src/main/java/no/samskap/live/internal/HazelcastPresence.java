package no.samskap.live.internal;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryEvictedListener;
import com.hazelcast.map.listener.EntryExpiredListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.io.Serial;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import no.samskap.live.LiveSettings;
import no.samskap.live.Presence;
import no.samskap.live.Visitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Presence in a Hazelcast map. Each node writes one entry per UI and place, keyed by its member
 * id, with a time-to-live it keeps refreshing while the UI lives. A closed tab is removed when
 * Vaadin closes its UI (the browser's unload beacon); a dead node's entries are removed by the
 * surviving members when they notice it has gone, and expire on their own in any case.
 * Every node mirrors the map from its entry events and checks the mirror on every refresh.
 */
@Component
class HazelcastPresence implements Presence, EntryAddedListener<String, HazelcastPresence.Entry>,
        EntryRemovedListener<String, HazelcastPresence.Entry>, EntryExpiredListener<String, HazelcastPresence.Entry>,
        EntryEvictedListener<String, HazelcastPresence.Entry>, MembershipListener {

    private static final Logger log = LoggerFactory.getLogger(HazelcastPresence.class);

    /** What one node wrote for one UI at one place. */
    record Entry(String place, Visitor visitor, String member, long since) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private record Own(UI ui, Entry entry) {
    }

    private final HazelcastInstance hazelcast;
    private final IMap<String, Entry> map;
    private final LiveBroadcaster broadcaster;
    private final String member;
    private final long ttlMillis;
    private final AtomicLong nextKey = new AtomicLong();
    private final Map<String, Own> own = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Entry>> mirror = new ConcurrentHashMap<>();
    private final Map<String, Set<Watcher>> watchers = new ConcurrentHashMap<>();
    private final Map<String, Listed> listed = new ConcurrentHashMap<>();
    /** Per place, the number of its last change (numbers are never reused); a listed place is current while it holds. */
    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private final UUID entryListener;
    private final UUID membershipListener;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "samskap-presence");
        t.setDaemon(true);
        return t;
    });

    HazelcastPresence(HazelcastInstance hazelcast, LiveBroadcaster broadcaster, LiveSettings settings) {
        this.hazelcast = hazelcast;
        this.broadcaster = broadcaster;
        this.map = hazelcast.getMap(HazelcastConfiguration.PRESENCE_MAP);
        this.member = hazelcast.getCluster().getLocalMember().getUuid().toString();
        this.ttlMillis = settings.presenceTtl().toMillis();
        this.entryListener = map.addEntryListener(this, true);
        this.membershipListener = hazelcast.getCluster().addMembershipListener(this);
        reconcile();
        long refresh = Math.max(200, ttlMillis / 3);
        scheduler.scheduleWithFixedDelay(this::refresh, refresh, refresh, TimeUnit.MILLISECONDS);
    }

    @Override
    public Registration enter(UI ui, String place, Visitor visitor) {
        String key = member + "/" + nextKey.incrementAndGet();
        Entry entry = new Entry(place, visitor, member, System.currentTimeMillis());
        own.put(key, new Own(ui, entry));
        put(key, entry);
        AtomicBoolean removed = new AtomicBoolean();
        Registration[] detach = new Registration[1];
        Registration registration = () -> {
            if (removed.compareAndSet(false, true)) {
                detach[0].remove();
                own.remove(key);
                remove(key, entry);
            }
        };
        detach[0] = ui.addDetachListener(e -> registration.remove());
        return registration;
    }

    @Override
    public Registration watch(UI ui, String place, Consumer<List<Visitor>> listener) {
        Watcher watcher = new Watcher(ui, place, listener);
        broadcaster.retain(ui);
        watchers.computeIfAbsent(place, p -> ConcurrentHashMap.newKeySet()).add(watcher);
        watcher.schedule();
        AtomicBoolean removed = new AtomicBoolean();
        Registration[] detach = new Registration[1];
        Registration registration = () -> {
            if (removed.compareAndSet(false, true)) {
                detach[0].remove();
                broadcaster.release(ui);
                watchers.computeIfPresent(place, (p, set) -> {
                    set.remove(watcher);
                    return set.isEmpty() ? null : set;
                });
            }
        };
        detach[0] = ui.addDetachListener(e -> registration.remove());
        return registration;
    }

    @Override
    public List<Visitor> at(String place) {
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

    /** The running number in a key ("member/17"). */
    private static long sequence(String key) {
        try {
            return Long.parseLong(key.substring(key.lastIndexOf('/') + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Who is at a place, as of its change with the given number. */
    private record Listed(long version, List<Visitor> visitors) {
    }

    private List<Visitor> compute(String place) {
        Map<String, Entry> entries = mirror.getOrDefault(place, Map.of());
        Map<String, Visitor> byPerson = new LinkedHashMap<>();
        // First come, first listed; within one millisecond a node's own order of entry decides.
        entries.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Entry>>comparingLong(e -> e.getValue().since())
                        .thenComparing(e -> e.getValue().member())
                        .thenComparingLong(e -> sequence(e.getKey())))
                .forEach(e -> byPerson.putIfAbsent(e.getValue().visitor().id(), e.getValue().visitor()));
        return List.copyOf(byPerson.values());
    }

    /** Number of watchers on this node (for leak tests). */
    int watcherCount() {
        return watchers.values().stream().mapToInt(Set::size).sum();
    }

    // ---- keeping the map and the mirror -------------------------------------------------

    private void put(String key, Entry entry) {
        mirrorPut(key, entry);
        try {
            map.set(key, entry, ttlMillis, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            log.warn("Could not record presence at {}", entry.place(), e);
        }
    }

    private void remove(String key, Entry entry) {
        mirrorRemove(key, entry);
        try {
            map.delete(key);
        } catch (RuntimeException e) {
            log.debug("Could not remove presence entry {}", key, e);
        }
    }

    /** Keeps this node's live entries alive, drops those of UIs that went away, and checks the mirror. */
    void refresh() {
        try {
            for (var e : own.entrySet()) {
                UI ui = e.getValue().ui();
                if (!ui.isAttached() || ui.isClosing() || silent(ui)) {
                    own.remove(e.getKey());
                    remove(e.getKey(), e.getValue().entry());
                } else if (!map.setTtl(e.getKey(), ttlMillis, TimeUnit.MILLISECONDS)) {
                    // Lost, e.g. with a member that held it: write it again.
                    put(e.getKey(), e.getValue().entry());
                }
            }
            reconcile();
        } catch (RuntimeException | AssertionError e) {
            // Never let it escape: the scheduler would silently stop refreshing for good.
            log.warn("Presence refresh failed", e);
        }
    }

    /** A tab that crashed or lost its network sends no unload beacon; it stops sending heartbeats. */
    private static boolean silent(UI ui) {
        var session = ui.getSession();
        if (session == null) {
            return true;
        }
        // The service's configuration, not the session's: that one asserts the session lock.
        int interval = session.getService().getDeploymentConfiguration().getHeartbeatInterval();
        return interval > 0
                && System.currentTimeMillis() - ui.getInternals().getLastHeartbeatTimestamp() > 3_000L * interval;
    }

    /** Makes the mirror equal to the map, notifying the places that differ. */
    private void reconcile() {
        Set<String> members = new HashSet<>();
        hazelcast.getCluster().getMembers().forEach(m -> members.add(m.getUuid().toString()));
        Map<String, Map<String, Entry>> fresh = new ConcurrentHashMap<>();
        for (var e : map.entrySet()) {
            if (members.contains(e.getValue().member())) {
                fresh.computeIfAbsent(e.getValue().place(), p -> new ConcurrentHashMap<>()).put(e.getKey(), e.getValue());
            }
        }
        Set<String> places = new HashSet<>(mirror.keySet());
        places.addAll(fresh.keySet());
        for (String place : places) {
            Map<String, Entry> now = fresh.getOrDefault(place, Map.of());
            Map<String, Entry> before = mirror.getOrDefault(place, Map.of());
            if (!now.keySet().equals(before.keySet())) {
                if (now.isEmpty()) {
                    mirror.remove(place);
                } else {
                    mirror.put(place, now);
                }
                changed(place);
            }
        }
    }

    private void mirrorPut(String key, Entry entry) {
        Entry previous = mirror.computeIfAbsent(entry.place(), p -> new ConcurrentHashMap<>()).put(key, entry);
        if (previous == null) {
            changed(entry.place());
        }
    }

    private void mirrorRemove(String key, Entry entry) {
        if (entry == null) {
            // IMap.delete sends its removal without the old value: find the place by key.
            mirror.forEach((place, entries) -> {
                Entry found = entries.get(key);
                if (found != null) {
                    mirrorRemove(key, found);
                }
            });
            return;
        }
        boolean[] was = new boolean[1];
        mirror.computeIfPresent(entry.place(), (p, entries) -> {
            was[0] = entries.remove(key) != null;
            return entries.isEmpty() ? null : entries;
        });
        if (was[0]) {
            changed(entry.place());
        }
    }

    private void changed(String place) {
        if (mirror.containsKey(place)) {
            versions.put(place, changes.incrementAndGet());
        } else {
            versions.remove(place);
            listed.remove(place);
        }
        watchers.getOrDefault(place, Set.of()).forEach(Watcher::schedule);
    }

    /** This node keeps its own entries in the mirror as it writes them; their events arrive late and could undo a removal. */
    private boolean isOwn(String key) {
        return key.startsWith(member + "/");
    }

    @Override
    public void entryAdded(EntryEvent<String, Entry> event) {
        if (isOwn(event.getKey())) {
            return;
        }
        mirrorPut(event.getKey(), event.getValue());
    }

    @Override
    public void entryRemoved(EntryEvent<String, Entry> event) {
        if (isOwn(event.getKey())) {
            return;
        }
        mirrorRemove(event.getKey(), event.getOldValue());
    }

    @Override
    public void entryExpired(EntryEvent<String, Entry> event) {
        if (isOwn(event.getKey())) {
            return;
        }
        mirrorRemove(event.getKey(), event.getOldValue());
    }

    @Override
    public void entryEvicted(EntryEvent<String, Entry> event) {
        if (isOwn(event.getKey())) {
            return;
        }
        mirrorRemove(event.getKey(), event.getOldValue());
    }

    @Override
    public void memberAdded(MembershipEvent event) {
        // Nothing to do: the new member writes its own entries.
    }

    @Override
    public void memberRemoved(MembershipEvent event) {
        // The dead member cannot remove its entries; every survivor does, which is idempotent.
        String gone = event.getMember().getUuid().toString();
        scheduler.execute(() -> {
            try {
                Set<String> keys = new HashSet<>();
                map.keySet().forEach(k -> {
                    if (k.startsWith(gone + "/")) {
                        keys.add(k);
                    }
                });
                keys.forEach(map::delete);
            } catch (RuntimeException e) {
                log.debug("Could not clear presence of member {}", gone, e);
            }
            reconcile();
        });
    }

    @PreDestroy
    void close() {
        scheduler.shutdownNow();
        try {
            hazelcast.getCluster().removeMembershipListener(membershipListener);
            map.removeEntryListener(entryListener);
            // A node that stops takes its visitors with it.
            own.keySet().forEach(map::delete);
        } catch (RuntimeException e) {
            log.debug("Hazelcast already stopped", e);
        }
        own.clear();
    }

    /** One UI watching one place; at most one pending delivery at a time. */
    private final class Watcher {
        final UI ui;
        final String place;
        final Consumer<List<Visitor>> listener;
        final AtomicBoolean pending = new AtomicBoolean();

        Watcher(UI ui, String place, Consumer<List<Visitor>> listener) {
            this.ui = ui;
            this.place = place;
            this.listener = listener;
        }

        void schedule() {
            if (pending.compareAndSet(false, true)) {
                broadcaster.enqueue(ui, () -> {
                    pending.set(false);
                    listener.accept(at(place));
                });
            }
        }
    }
}
