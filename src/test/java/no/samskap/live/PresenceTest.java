package no.samskap.live;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import no.samskap.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who is here: a view enters its place while open and leaves it when the UI goes away. */
class PresenceTest extends UiTest {

    @Autowired
    Presence presence;

    @Test
    void theMapShowsWhoIsLookingAndForgetsThemWhenTheyLeave() throws Exception {
        logIn("kari");
        UI.getCurrent().navigate("proposals");
        UI.getCurrent().navigate("");
        awaitPushes();
        PresenceAvatars avatars = _get(PresenceAvatars.class);
        // Other tests share this application; only named visitors are this test's.
        assertThat(avatars.visitors()).filteredOn(v -> !v.isAnonymous()).extracting(Visitor::displayName)
                .containsExactly("Kari Nordmann");
        assertThat(presence.at("map:baerum")).filteredOn(v -> !v.isAnonymous()).extracting(Visitor::displayName)
                .containsExactly("Kari Nordmann");

        // Someone else arrives (another UI, here without a browser): the avatars follow live.
        List<List<Visitor>> seen = new CopyOnWriteArrayList<>();
        var extra = presence.enter(UI.getCurrent(), "map:baerum", new Visitor("guest:1", "Per Gjest", true));
        presence.watch(UI.getCurrent(), "map:baerum", seen::add);
        awaitPushes();
        assertThat(avatars.visitors()).filteredOn(v -> !v.isAnonymous()).extracting(Visitor::displayName)
                .containsExactly("Kari Nordmann", "Per Gjest");
        extra.remove();
        awaitPushes();
        assertThat(avatars.visitors()).filteredOn(v -> !v.isAnonymous()).extracting(Visitor::displayName)
                .containsExactly("Kari Nordmann");
        assertThat(seen).isNotEmpty();

        // Leaving the page leaves the place.
        UI.getCurrent().navigate("proposals");
        assertThat(presence.at("map:baerum")).extracting(Visitor::displayName).doesNotContain("Kari Nordmann");
    }

    @Test
    void twoTabsOfOnePersonCountOnceAndAnonymousVisitorsAreCounted() throws Exception {
        String place = "test:" + java.util.UUID.randomUUID();
        PresenceAvatars avatars = new PresenceAvatars(presence, place, Visitor.anonymous("someone"));
        UI.getCurrent().add(avatars);
        var tab = presence.enter(UI.getCurrent(), place, new Visitor("account:x", "Ola", false));
        var sameTab = presence.enter(UI.getCurrent(), place, new Visitor("account:x", "Ola", false));
        awaitPushes();
        assertThat(presence.at(place)).extracting(Visitor::displayName).containsExactly(null, "Ola");
        assertThat(_get(avatars, com.vaadin.flow.component.html.Span.class, s -> s.withClasses("samskap-presence-summary"))
                .getText()).isEqualTo("Here now: Ola, 1 visitors");
        tab.remove();
        assertThat(presence.at(place)).hasSize(2);
        sameTab.remove();
        UI.getCurrent().remove(avatars);
        assertThat(presence.at(place)).isEmpty();
    }

    @Test
    void aCrowdShowsEightNamesAndCountsTheRest() throws Exception {
        String place = "test:" + java.util.UUID.randomUUID();
        PresenceAvatars avatars = new PresenceAvatars(presence, place, new Visitor("account:p1", "Person 1", false));
        UI.getCurrent().add(avatars);
        List<com.vaadin.flow.shared.Registration> crowd = new java.util.ArrayList<>();
        for (int i = 2; i <= 10; i++) {
            crowd.add(presence.enter(UI.getCurrent(), place, new Visitor("account:p" + i, "Person " + i, false)));
        }
        crowd.add(presence.enter(UI.getCurrent(), place, Visitor.anonymous("a")));
        awaitPushes();
        assertThat(avatars.visitors()).hasSize(11);
        assertThat(_get(avatars, com.vaadin.flow.component.avatar.AvatarGroup.class).getItems()).hasSize(8);
        String summary = _get(avatars, com.vaadin.flow.component.html.Span.class,
                s -> s.withClasses("samskap-presence-summary")).getText();
        // Who arrived first is listed first; within the same millisecond the order is not defined.
        assertThat(summary).startsWith("Here now: Person 1, ").endsWith(", 2 more, 1 visitors");
        assertThat(summary.split("Person ")).hasSize(9);
        // Every tab at the place gets the same list, computed once per change.
        assertThat(presence.at(place)).isSameAs(presence.at(place));
        crowd.forEach(com.vaadin.flow.shared.Registration::remove);
        UI.getCurrent().remove(avatars);
        assertThat(presence.at(place)).isEmpty();
    }

    private static void awaitPushes() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            Thread.sleep(60);
            MockVaadin.clientRoundtrip(false);
        }
    }
}
