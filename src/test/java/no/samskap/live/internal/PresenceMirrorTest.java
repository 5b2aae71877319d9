package no.samskap.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samskap.live.Visitor;
import org.junit.jupiter.api.Test;

/** The bookkeeping behind presence, without Hazelcast: who is where, listed once per change. */
class PresenceMirrorTest {

    static final Visitor KARI = new Visitor("account:kari", "Kari", false);
    static final Visitor PER = new Visitor("guest:per", "Per", true);

    private final List<String> changed = new ArrayList<>();
    private final PresenceMirror mirror = new PresenceMirror(changed::add);

    private static PresenceEntry at(String place, Visitor visitor, String member, long since) {
        return new PresenceEntry(place, visitor, member, since);
    }

    @Test
    void listsEveryoneAtAPlaceOncePerPersonEarliestFirst() {
        mirror.put("b/1", at("map", PER, "b", 200));
        mirror.put("a/1", at("map", KARI, "a", 100));
        mirror.put("a/2", at("map", KARI, "a", 300)); // Kari's second tab
        mirror.put("a/3", at("other", PER, "a", 50));
        assertThat(mirror.at("map")).containsExactly(KARI, PER);
        assertThat(mirror.at("other")).containsExactly(PER);
        assertThat(mirror.at("nowhere")).isEmpty();
    }

    @Test
    void withinOneMillisecondANodesOrderOfEntryDecides() {
        mirror.put("a/10", at("map", PER, "a", 100));
        mirror.put("a/9", at("map", KARI, "a", 100));
        assertThat(mirror.at("map")).containsExactly(KARI, PER);
    }

    @Test
    void theListIsComputedOncePerChangeAndTheChangeIsReported() {
        mirror.put("a/1", at("map", KARI, "a", 100));
        List<Visitor> first = mirror.at("map");
        assertThat(mirror.at("map")).isSameAs(first);
        mirror.put("a/1", at("map", KARI, "a", 100)); // written again on refresh: no change
        assertThat(mirror.at("map")).isSameAs(first);
        mirror.put("b/1", at("map", PER, "b", 200));
        assertThat(mirror.at("map")).isNotSameAs(first).containsExactly(KARI, PER);
        assertThat(changed).containsExactly("map", "map");
    }

    @Test
    void aRemovalWithoutTheEntryIsFoundByKeyAndAnEmptyPlaceIsForgotten() {
        mirror.put("a/1", at("map", KARI, "a", 100));
        mirror.put("b/1", at("map", PER, "b", 200));
        assertThat(mirror.at("map")).hasSize(2);
        mirror.remove("b/1", null);
        assertThat(mirror.at("map")).containsExactly(KARI);
        mirror.remove("a/1", at("map", KARI, "a", 100));
        mirror.remove("a/1", null); // a late event for what is gone already
        assertThat(mirror.at("map")).isEmpty();
        assertThat(mirror.placeCount()).isZero();
        assertThat(mirror.listedCount()).isZero();
        assertThat(changed).containsExactly("map", "map", "map", "map");
    }

    @Test
    void reconcilingTakesTheClusterMapAndLeavesOutMembersThatHaveGone() {
        mirror.put("a/1", at("map", KARI, "a", 100));
        mirror.put("gone/1", at("map", PER, "gone", 200));
        mirror.put("a/2", at("quiet", KARI, "a", 100));
        changed.clear();

        mirror.reconcile(
                Map.of(
                        "a/1", at("map", KARI, "a", 100),
                        "gone/1", at("map", PER, "gone", 200),
                        "a/2", at("quiet", KARI, "a", 100),
                        "b/1", at("proposal", PER, "b", 300)),
                Set.of("a", "b"));

        assertThat(mirror.at("map")).containsExactly(KARI);
        assertThat(mirror.at("proposal")).containsExactly(PER);
        assertThat(mirror.at("quiet")).containsExactly(KARI);
        assertThat(changed).as("only places that differed").containsExactlyInAnyOrder("map", "proposal");
    }

    @Test
    void reconcilingWithAnEmptyClusterEmptiesTheMirror() {
        mirror.put("a/1", at("map", KARI, "a", 100));
        mirror.at("map");
        mirror.reconcile(Map.of(), Set.of("a"));
        assertThat(mirror.at("map")).isEmpty();
        assertThat(mirror.placeCount()).isZero();
        assertThat(mirror.listedCount()).isZero();
    }
}
