package no.samskap.workshops.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import no.samskap.workshops.WorkshopService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Guests' names go a configured time after their workshop ends; their ideas stay, unnamed. */
@SamskapTest
class GuestDataRetentionTest {

    private static final String AREA = "{\"type\":\"Polygon\",\"coordinates\":[[[10.50,59.88],[10.56,59.88],"
            + "[10.56,59.91],[10.50,59.91],[10.50,59.88]]]}";

    @Autowired
    WorkshopService workshops;

    @Autowired
    GuestDataRetention retention;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignIn signIn;

    @AfterEach
    void out() {
        signIn.out();
    }

    private List<String> names(WorkshopService.Joined w) {
        return jdbc.queryForList(
                "select display_name from workshop_participant where workshop_id = ? and guest = true order by joined_at",
                String.class,
                w.workshop().value());
    }

    @Test
    void guestsNamesGoOnlyOnceTheWorkshopEndedLongEnoughAgoAndTheirIdeasStay() {
        signIn.as("fasilitator");
        WorkshopService.Joined w = workshops.create(MunicipalityId.of("baerum"), "Glemsel", AREA, List.of());
        String code = workshops.details(w.workshop(), w.participant()).joinCode();
        signIn.out();
        WorkshopService.Joined guest = workshops.join(code, "Gunn Gjest", List.of(), "10.21.0.1");
        workshops.placePin(w.workshop(), guest.participant(), 59.89, 10.52, "Benk ved bussen");

        Instant now = Instant.now();
        // An open workshop keeps its guests' names however old it is.
        retention.forgetGuests(now.plus(Duration.ofDays(400)));
        assertThat(names(w)).containsExactly("Gunn Gjest");
        signIn.as("fasilitator");
        workshops.end(w.workshop());
        signIn.out();

        retention.forgetGuests(now.plus(Duration.ofDays(29)));
        assertThat(names(w)).containsExactly("Gunn Gjest");

        assertThat(retention.forgetGuests(now.plus(Duration.ofDays(31)))).isPositive();
        assertThat(names(w)).containsExactly("");
        assertThat(jdbc.queryForList(
                        "select text from workshop_pin where workshop_id = ?",
                        String.class,
                        w.workshop().value()))
                .containsExactly("Benk ved bussen");
        // The facilitator, who has an account, keeps their name; a second run finds nothing left.
        assertThat(jdbc.queryForObject(
                        "select display_name from workshop_participant where id = ?",
                        String.class,
                        w.participant().value()))
                .isNotEmpty();
        assertThat(retention.forgetGuests(now.plus(Duration.ofDays(31)))).isZero();
    }
}
