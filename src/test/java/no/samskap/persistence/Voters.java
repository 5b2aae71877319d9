package no.samskap.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samskap.identity.Role;
import no.samskap.identity.internal.Account;
import no.samskap.identity.internal.AccountRepository;
import no.samskap.shared.MunicipalityId;

/** Creates many accounts quickly (no password hashing) for load and concurrency tests. */
final class Voters {

    private Voters() {}

    static List<String> create(AccountRepository accounts, int count, int businesses) {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Account> batch = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "v" + run + "-" + i;
            boolean business = i < businesses;
            batch.add(new Account(
                    name,
                    "Voter " + i,
                    name + "@example.org",
                    MunicipalityId.of("baerum"),
                    business ? Role.BUSINESS : Role.RESIDENT,
                    business ? "Firma " + i : null,
                    "{noop}x",
                    Instant.now()));
            names.add(name);
        }
        accounts.saveAll(batch);
        return names;
    }
}
