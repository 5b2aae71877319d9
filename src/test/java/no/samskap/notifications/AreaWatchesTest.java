package no.samskap.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Locale;
import no.samskap.identity.AccountService;
import no.samskap.identity.Registration;
import no.samskap.identity.Role;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.MunicipalityService;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Watched places: new proposals within the distance notify the watcher, others do not. */
@SamskapTest
class AreaWatchesTest {

    private static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    private static final MunicipalityId ALESUND = MunicipalityId.of("alesund");
    private static final double METRES_PER_DEGREE = 111_320;

    @Autowired
    AreaWatches watches;

    @Autowired
    NotificationService notifications;

    @Autowired
    ProposalService proposals;

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    AccountService accounts;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private static String point(double lat, double lon) {
        return String.format(Locale.ROOT, "{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]}", lon, lat);
    }

    private ProposalId propose(String as, String title, double lat, double lon) {
        signIn.as(as);
        return proposals.createAndSubmit(BAERUM, new ProposalInput(title, "", "BIKE_LANE", point(lat, lon)));
    }

    @Test
    void aNewProposalWithinTheDistanceNotifiesTheWatcherAndOnlyThen() {
        Municipality baerum = municipalities.get(BAERUM);
        double lat = baerum.centreLat();
        double lon = baerum.centreLon();
        accounts.register(
                new Registration(
                        "vakt.leser",
                        "Vera Vakt",
                        "vakt.leser@example.org",
                        BAERUM,
                        Role.RESIDENT,
                        null,
                        "ser etter nye forslag"),
                "10.66.0.1",
                Locale.ENGLISH);
        signIn.as("vakt.leser");
        watches.watch(BAERUM, point(lat, lon), 500);
        long before = notifications.unreadCount();

        propose("solkraft", "Tre hundre meter nord", lat + 300 / METRES_PER_DEGREE, lon);
        propose("solkraft", "Åtte hundre meter nord", lat + 800 / METRES_PER_DEGREE, lon);
        propose("vakt.leser", "Mitt eget forslag her", lat, lon);

        signIn.as("vakt.leser");
        await().pollInSameThread().until(() -> notifications.unreadCount() == before + 1);
        NotificationView n = notifications.inbox(0, 1).getContent().getFirst();
        assertThat(n.kind()).isEqualTo(NotificationKind.NEARBY);
        assertThat(n.title()).isEqualTo("Tre hundre meter nord");
        assertThat(n.actorName()).isEqualTo("Solkraft AS");
        // The later proposals were handled too (after the first), and added nothing.
        propose("solkraft", "Hundre meter øst", lat, lon + 100 / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat))));
        signIn.as("vakt.leser");
        await().pollInSameThread().until(() -> notifications.unreadCount() == before + 2);
        assertThat(notifications.inbox(0, 5).getContent().stream()
                        .map(NotificationView::title)
                        .toList())
                .doesNotContain("Åtte hundre meter nord", "Mitt eget forslag her");
    }

    @Test
    void badPlacesAndDistancesAreRefusedWithAReason() {
        Municipality baerum = municipalities.get(BAERUM);
        Municipality alesund = municipalities.get(ALESUND);
        signIn.as("ola");
        assertRefused(() -> watches.watch(BAERUM, null, 500), "place", "error.watch.place");
        assertRefused(() -> watches.watch(BAERUM, "{\"type\":\"Point\"", 500), "place", "error.watch.place");
        assertRefused(
                () -> watches.watch(BAERUM, "{\"type\":\"LineString\",\"coordinates\":[[10.5,59.9],[10.6,59.9]]}", 500),
                "place",
                "error.watch.place");
        assertRefused(
                () -> watches.watch(BAERUM, point(alesund.centreLat(), alesund.centreLon()), 500),
                "place",
                "error.watch.outside");
        assertRefused(
                () -> watches.watch(BAERUM, point(baerum.centreLat(), baerum.centreLon()), 123),
                "radius",
                "error.watch.radius");
        assertThat(watches.mine(BAERUM)).isEmpty();

        for (int i = 0; i < 5; i++) {
            watches.watch(BAERUM, point(baerum.centreLat() + i * 0.001, baerum.centreLon()), 250);
        }
        assertRefused(
                () -> watches.watch(BAERUM, point(baerum.centreLat(), baerum.centreLon()), 250),
                "place",
                "error.watch.too-many");
        List<AreaWatches.Watch> mine = watches.mine(BAERUM);
        assertThat(mine).hasSize(5);

        // Nobody else can remove Ola's watch; Ola can.
        signIn.as("kari");
        assertThatThrownBy(() -> watches.remove(mine.getFirst().id())).isInstanceOf(AccessDeniedException.class);
        signIn.as("ola");
        watches.remove(mine.getFirst().id());
        assertThat(watches.mine(BAERUM)).hasSize(4);
    }

    private static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @Test
    void theCircleDrawnOnTheMapHasTheWatchedRadius() {
        String circle = AreaWatches.circle(59.9, 10.5, 1000);
        assertThat(circle).startsWith("{\"type\":\"Polygon\"");
        // The easternmost corner lies 1 km east of the centre.
        double east = 10.5 + 1000 / (METRES_PER_DEGREE * Math.cos(Math.toRadians(59.9)));
        assertThat(circle).contains(String.format(Locale.ROOT, "[%.6f,%.6f]", east, 59.9));
    }
}
