package no.samskap.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.samskap.identity.AccountService;
import no.samskap.identity.Role;
import no.samskap.shared.MunicipalityId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo accounts listed in the README; only with the {@code demo} profile. */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "samskap-demo";

    private final AccountService accounts;
    private final Clock clock;

    DemoAccounts(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // The demo stands for a community that has been there a while: its accounts count as established.
        Instant since = clock.instant().minus(Duration.ofDays(365));
        MunicipalityId baerum = MunicipalityId.of("baerum");
        MunicipalityId alesund = MunicipalityId.of("alesund");
        MunicipalityId trondheim = MunicipalityId.of("trondheim");
        accounts.createIfMissing(
                "kari", "Kari Nordmann", "kari@example.org", baerum, Role.RESIDENT, null, PASSWORD, since);
        accounts.createIfMissing(
                "ola", "Ola Nordmann", "ola@example.org", alesund, Role.RESIDENT, null, PASSWORD, since);
        accounts.createIfMissing(
                "marit", "Marit Nordmann", "marit@example.org", trondheim, Role.RESIDENT, null, PASSWORD, since);
        accounts.createIfMissing(
                "solkraft",
                "Solkraft AS",
                "post@solkraft.example",
                baerum,
                Role.BUSINESS,
                "Solkraft AS",
                PASSWORD,
                since);
        accounts.createIfMissing(
                "saksbehandler",
                "Siri Saksbehandler",
                "siri@baerum.example",
                baerum,
                Role.OFFICIAL,
                null,
                PASSWORD,
                since);
        accounts.createIfMissing(
                "fasilitator",
                "Frode Fasilitator",
                "frode@baerum.example",
                baerum,
                Role.FACILITATOR,
                null,
                PASSWORD,
                since);
        accounts.createIfMissing(
                "admin", "Administrator", "admin@samskap.example", null, Role.ADMIN, null, PASSWORD, since);
        // Their addresses count as confirmed, so the demo shows what confirmed accounts may do; a
        // new account or a changed address goes through the mail like everyone's.
        for (String username : List.of("kari", "ola", "marit", "solkraft", "saksbehandler", "fasilitator", "admin")) {
            accounts.confirmSeededEmail(username, since);
        }
    }
}
