package no.samskap.identity.internal;

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

    DemoAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        MunicipalityId baerum = MunicipalityId.of("baerum");
        MunicipalityId alesund = MunicipalityId.of("alesund");
        MunicipalityId trondheim = MunicipalityId.of("trondheim");
        accounts.createIfMissing("kari", "Kari Nordmann", "kari@example.org", baerum, Role.RESIDENT, null, PASSWORD);
        accounts.createIfMissing("ola", "Ola Nordmann", "ola@example.org", alesund, Role.RESIDENT, null, PASSWORD);
        accounts.createIfMissing(
                "marit", "Marit Nordmann", "marit@example.org", trondheim, Role.RESIDENT, null, PASSWORD);
        accounts.createIfMissing(
                "solkraft", "Solkraft AS", "post@solkraft.example", baerum, Role.BUSINESS, "Solkraft AS", PASSWORD);
        accounts.createIfMissing(
                "saksbehandler", "Siri Saksbehandler", "siri@baerum.example", baerum, Role.OFFICIAL, null, PASSWORD);
        accounts.createIfMissing(
                "fasilitator", "Frode Fasilitator", "frode@baerum.example", baerum, Role.FACILITATOR, null, PASSWORD);
        accounts.createIfMissing("admin", "Administrator", "admin@samskap.example", null, Role.ADMIN, null, PASSWORD);
    }
}
