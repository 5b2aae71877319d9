package no.samskap.live;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import no.samskap.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Who is here: a view enters its place while open and leaves it when the UI goes away. */
class PresenceTest extends UiTest {

    @Autowired
    Presence presence;

    @Autowired
    MessageSource messages;

    @Test
    void theMapShowsWhoIsLookingAndForgetsThemWhenTheyLeave() throws Exception {
        logIn("kari");
        UI.getCurrent().navigate("proposals");
        UI.getCurrent().navigate("");
        PresenceAvatars avatars = _get(PresenceAvatars.class);
        // Other tests share this application; only named visitors are this test's.
        awaitNamed(avatars::visitors, "Kari Nordmann");
        assertThat(presence.at("map:baerum"))
                .filteredOn(v -> !v.isAnonymous())
                .extracting(Visitor::displayName)
                .containsExactly("Kari Nordmann");

        // Someone else arrives (another UI, here without a browser): the avatars follow live.
        List<List<Visitor>> seen = new CopyOnWriteArrayList<>();
        var extra = presence.enter(UI.getCurrent(), "map:baerum", new Visitor("guest:1", "Per Gjest", true));
        presence.watch(UI.getCurrent(), "map:baerum", seen::add);
        awaitNamed(avatars::visitors, "Kari Nordmann", "Per Gjest");
        extra.remove();
        awaitNamed(avatars::visitors, "Kari Nordmann");
        assertThat(seen)
                .as("the watcher got the list as it changed")
                .isNotEmpty()
                .allSatisfy(list ->
                        assertThat(list).extracting(Visitor::displayName).contains("Kari Nordmann"));

        // Leaving the page leaves the place.
        UI.getCurrent().navigate("proposals");
        assertThat(presence.at("map:baerum")).extracting(Visitor::displayName).doesNotContain("Kari Nordmann");
    }

    @Test
    void twoTabsOfOnePersonCountOnceAndAnonymousVisitorsAreCounted() throws Exception {
        String place = "test:" + UUID.randomUUID();
        PresenceAvatars avatars = new PresenceAvatars(presence, place, Visitor.anonymous("someone"));
        UI.getCurrent().add(avatars);
        var tab = presence.enter(UI.getCurrent(), place, new Visitor("account:x", "Ola", false));
        var sameTab = presence.enter(UI.getCurrent(), place, new Visitor("account:x", "Ola", false));
        awaitSummary(avatars, "Here now: Ola, 1 visitor");
        assertThat(presence.at(place)).extracting(Visitor::displayName).containsExactly(null, "Ola");
        var another = presence.enter(UI.getCurrent(), place, Visitor.anonymous("someone else"));
        awaitSummary(avatars, "Here now: Ola, 2 visitors");
        another.remove();
        tab.remove();
        assertThat(presence.at(place)).hasSize(2);
        sameTab.remove();
        UI.getCurrent().remove(avatars);
        assertThat(presence.at(place)).isEmpty();
    }

    @Test
    void aCrowdShowsEightNamesAndCountsTheRest() throws Exception {
        String place = "test:" + UUID.randomUUID();
        PresenceAvatars avatars = new PresenceAvatars(presence, place, new Visitor("account:p1", "Person 1", false));
        UI.getCurrent().add(avatars);
        List<Registration> crowd = new ArrayList<>();
        for (int i = 2; i <= 10; i++) {
            crowd.add(presence.enter(UI.getCurrent(), place, new Visitor("account:p" + i, "Person " + i, false)));
        }
        crowd.add(presence.enter(UI.getCurrent(), place, Visitor.anonymous("a")));
        awaitPushes(() -> assertThat(avatars.visitors()).hasSize(11));
        assertThat(_get(avatars, AvatarGroup.class).getItems()).hasSize(8);
        String summary = summary(avatars);
        // Who arrived first is listed first; within the same millisecond the order is not defined.
        assertThat(summary).startsWith("Here now: Person 1, ").endsWith(", 2 more, 1 visitor");
        assertThat(summary.split("Person ")).hasSize(9);
        // Every tab at the place gets the same list, computed once per change.
        assertThat(presence.at(place)).isSameAs(presence.at(place));
        crowd.forEach(Registration::remove);
        UI.getCurrent().remove(avatars);
        assertThat(presence.at(place)).isEmpty();
    }

    @Test
    void oneVisitorIsOneInEveryLanguage() {
        assertThat(count(Locale.ENGLISH, 1)).isEqualTo("1 visitor");
        assertThat(count(Locale.ENGLISH, 2)).isEqualTo("2 visitors");
        assertThat(count(Locale.ENGLISH, 1_000)).isEqualTo("1,000 visitors");
        assertThat(count(Locale.forLanguageTag("nb"), 1)).isEqualTo("1 besøkende");
        assertThat(count(Locale.forLanguageTag("nb"), 2)).isEqualTo("2 besøkende");
        assertThat(count(Locale.forLanguageTag("nn"), 1)).isEqualTo("1 besøkjande");
        assertThat(count(Locale.forLanguageTag("nn"), 2)).isEqualTo("2 besøkjande");
    }

    private String count(Locale locale, long visitors) {
        return messages.getMessage("presence.anonymous-count", new Object[] {visitors}, locale);
    }

    @Test
    void aVisitorWhoseBrowserDiedLeavesWithinTwentySecondsAndComesBackWhenItAnswers() {
        String place = "test:" + UUID.randomUUID();
        UI ui = UI.getCurrent();
        presence.enter(ui, place, new Visitor("account:d", "Dagny", false));
        assertThat(presence.at(place)).extracting(Visitor::displayName).containsExactly("Dagny");

        // The browser was killed 8 s ago, right after a heartbeat: no unload beacon, no more heartbeats.
        long died = System.currentTimeMillis() - 8_000;
        ui.getInternals().setLastHeartbeatTimestamp(died);
        await().atMost(Duration.ofMillis(20_000 - 8_000))
                .until(() -> presence.at(place).isEmpty());
        System.out.printf(
                "PRESENCE: a visitor whose browser died left %d ms after its last heartbeat%n",
                System.currentTimeMillis() - died);

        // It was only asleep (a laptop lid): once it answers again, it is back.
        ui.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis());
        await().atMost(Duration.ofSeconds(10)).until(() -> presence.at(place).size() == 1);
    }

    private static String summary(PresenceAvatars avatars) {
        return _get(avatars, Span.class, s -> s.withClasses("samskap-presence-summary"))
                .getText();
    }

    /** Waits until the named visitors the supplier gives are these, in this order. */
    private static void awaitNamed(Supplier<List<Visitor>> visitors, String... names) {
        awaitPushes(() -> assertThat(visitors.get())
                .filteredOn(v -> !v.isAnonymous())
                .extracting(Visitor::displayName)
                .containsExactly(names));
    }

    private static void awaitSummary(PresenceAvatars avatars, String expected) {
        awaitPushes(() -> assertThat(summary(avatars)).isEqualTo(expected));
    }

    /**
     * Runs the pushes waiting for this UI (Karibu holds the session lock for the test thread, as a
     * request would) until the assertion holds.
     */
    private static void awaitPushes(Runnable assertion) {
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertion.run();
        });
    }
}
