package no.samskap.live.internal;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryEvictedListener;
import com.hazelcast.map.listener.EntryExpiredListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * id, with a time-to-live it keeps refreshing while the UI lives and answers. A closed tab is
 * removed when Vaadin closes its UI (the browser's unload beacon), a tab whose browser died when
 * its heartbeats stop; a dead node's entries are removed by the surviving members when they
 * notice it has gone, and expire on their own in any case. Every node mirrors the map from its
 * entry events and checks the mirror on every refresh.
 */
@Component
class HazelcastPresence
        implements Presence,
                EntryAddedListener<String, PresenceEntry>,
                EntryRemovedListener<String, PresenceEntry>,
                EntryExpiredListener<String, PresenceEntry>,
                EntryEvictedListener<String, PresenceEntry>,
                MembershipListener {

    private static final Logger log = LoggerFactory.getLogger(HazelcastPresence.class);

    /** An entry of this node's, for a UI; away while the UI's browser does not answer. */
    private static final class Own {
        final UI ui;
        final PresenceEntry entry;
        volatile boolean away;

        Own(UI ui, PresenceEntry entry) {
            this.ui = ui;
            this.entry = entry;
        }
    }

    private final HazelcastInstance hazelcast;
    private final IMap<String, PresenceEntry> map;
    private final String member;
    private final long ttlMillis;
    private final Heartbeats heartbeats;
    private final PresenceWatchers watchers;
    private final PresenceMirror mirror;
    private final AtomicLong nextKey = new AtomicLong();
    private final Map<String, Own> own = new ConcurrentHashMap<>();
    private final UUID entryListener;
    private final UUID membershipListener;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "samskap-presence");
        t.setDaemon(true);
        return t;
    });

    HazelcastPresence(HazelcastInstance hazelcast, PushQueues queues, LiveSettings settings) {
        this.hazelcast = hazelcast;
        this.map = hazelcast.getMap(HazelcastConfiguration.PRESENCE_MAP);
        this.member = hazelcast.getCluster().getLocalMember().getUuid().toString();
        this.ttlMillis = settings.presenceTtl().toMillis();
        this.heartbeats = new Heartbeats(settings.presenceTimeout());
        this.watchers = new PresenceWatchers(queues, this::at);
        this.mirror = new PresenceMirror(watchers::changed);
        this.entryListener = map.addEntryListener(this, true);
        this.membershipListener = hazelcast.getCluster().addMembershipListener(this);
        reconcile();
        // Often enough that a silent UI leaves within its timeout plus a third of it.
        long refresh =
                Math.max(200, Math.min(ttlMillis, settings.presenceTimeout().toMillis()) / 3);
        scheduler.scheduleWithFixedDelay(this::refresh, refresh, refresh, TimeUnit.MILLISECONDS);
    }

    @Override
    public Registration enter(UI ui, String place, Visitor visitor) {
        String key = member + "/" + nextKey.incrementAndGet();
        PresenceEntry entry = new PresenceEntry(place, visitor, member, System.currentTimeMillis());
        own.put(key, new Own(ui, entry));
        put(key, entry);
        return UiRegistrations.untilDetach(ui, () -> {
            own.remove(key);
            remove(key, entry);
        });
    }

    @Override
    public Registration watch(UI ui, String place, Consumer<List<Visitor>> listener) {
        return watchers.watch(ui, place, listener);
    }

    @Override
    public List<Visitor> at(String place) {
        return mirror.at(place);
    }

    /** Number of watchers on this node (for leak tests). */
    int watcherCount() {
        return watchers.count();
    }

    /** Number of this node's own entries (for leak tests). */
    int ownCount() {
        return own.size();
    }

    // ---- keeping the map and the mirror -------------------------------------------------

    private void put(String key, PresenceEntry entry) {
        mirror.put(key, entry);
        try {
            map.set(key, entry, ttlMillis, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            log.warn("Could not record presence at {}", entry.place(), e);
        }
    }

    private void remove(String key, PresenceEntry entry) {
        mirror.remove(key, entry);
        try {
            map.delete(key);
        } catch (RuntimeException e) {
            log.debug("Could not remove presence entry {}", key, e);
        }
    }

    /**
     * Keeps this node's entries alive while their UIs answer, takes them out while they do not
     * (and back when they answer again), drops those of UIs that went away, and checks the mirror.
     */
    void refresh() {
        try {
            long now = System.currentTimeMillis();
            for (var e : own.entrySet()) {
                String key = e.getKey();
                Own o = e.getValue();
                if (!o.ui.isAttached() || o.ui.isClosing()) {
                    own.remove(key);
                    remove(key, o.entry);
                } else if (heartbeats.silent(o.ui, now)) {
                    if (!o.away) {
                        o.away = true;
                        remove(key, o.entry);
                    }
                } else if (o.away) {
                    o.away = false;
                    put(key, o.entry);
                } else if (!map.setTtl(key, ttlMillis, TimeUnit.MILLISECONDS)) {
                    // Lost, e.g. with a member that held it: write it again.
                    put(key, o.entry);
                }
            }
            reconcile();
        } catch (RuntimeException | AssertionError e) {
            // Never let it escape: the scheduler would silently stop refreshing for good.
            log.warn("Presence refresh failed", e);
        }
    }

    private void reconcile() {
        Set<String> members = new HashSet<>();
        hazelcast.getCluster().getMembers().forEach(m -> members.add(m.getUuid().toString()));
        Map<String, PresenceEntry> snapshot = new HashMap<>();
        map.entrySet().forEach(e -> snapshot.put(e.getKey(), e.getValue()));
        mirror.reconcile(snapshot, members);
    }

    /** This node keeps its own entries in the mirror as it writes them; their events arrive late and could undo a removal. */
    private boolean isOwn(String key) {
        return key.startsWith(member + "/");
    }

    @Override
    public void entryAdded(EntryEvent<String, PresenceEntry> event) {
        if (!isOwn(event.getKey())) {
            mirror.put(event.getKey(), event.getValue());
        }
    }

    @Override
    public void entryRemoved(EntryEvent<String, PresenceEntry> event) {
        removed(event);
    }

    @Override
    public void entryExpired(EntryEvent<String, PresenceEntry> event) {
        removed(event);
    }

    @Override
    public void entryEvicted(EntryEvent<String, PresenceEntry> event) {
        removed(event);
    }

    private void removed(EntryEvent<String, PresenceEntry> event) {
        if (!isOwn(event.getKey())) {
            mirror.remove(event.getKey(), event.getOldValue());
        }
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
                reconcile();
            } catch (RuntimeException e) {
                log.debug("Could not clear presence of member {}", gone, e);
            }
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
}
