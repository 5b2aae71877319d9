package no.samskap.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.samskap.identity.internal.OidcSignIn;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Checks that the person doing an action has the level their municipality asks for it, and tells
 * officials how sure Samskap is of who voted.
 */
@Service
public class Assurances {

    private final AssuranceSettings settings;
    private final CurrentUser currentUser;
    private final NamedParameterJdbcTemplate jdbc;
    private final OidcSignIn signIns;

    Assurances(
            AssuranceSettings settings, CurrentUser currentUser, NamedParameterJdbcTemplate jdbc, OidcSignIn signIns) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.signIns = signIns;
    }

    /** The level {@code action} needs in this municipality. */
    public Requirement required(GuardedAction action, MunicipalityId municipality) {
        return settings.required(action, municipality == null ? null : municipality.value());
    }

    /**
     * Refuses with {@link AssuranceRequired} unless the signed-in person has the level {@code action}
     * needs in their municipality (where they may act). Costs nothing when an account is enough.
     */
    public void require(GuardedAction action) {
        SignedInUser user = currentUser.require();
        Requirement needed = required(action, user.municipality());
        if (needed == Requirement.ACCOUNT || needed.isMetBy(Requirement.of(user.assurance()))) {
            return;
        }
        if (!needed.isMetBy(levelNow(user))) {
            throw new AssuranceRequired(needed, action);
        }
    }

    /** The signed-in person's level now: their sign-in's, or a confirmed address (read afresh). */
    public Requirement levelNow(SignedInUser user) {
        Requirement fromSignIn = Requirement.of(user.assurance());
        if (fromSignIn != Requirement.ACCOUNT) {
            return fromSignIn;
        }
        Boolean verified = jdbc.getJdbcTemplate()
                .queryForObject(
                        "select count(*) > 0 from account where id = ? and email_verified_at is not null",
                        Boolean.class,
                        user.id().value());
        return Boolean.TRUE.equals(verified) ? Requirement.VERIFIED_EMAIL : Requirement.ACCOUNT;
    }

    /**
     * How sure Samskap is of each of these accounts, for weighing a tally: ID-porten at the level of
     * their last sign-in there, else a confirmed address, else only an account.
     */
    public Map<AccountId, Requirement> levels(Collection<AccountId> accounts) {
        Map<AccountId, Requirement> levels = new HashMap<>();
        if (accounts.isEmpty()) {
            return levels;
        }
        Map<String, Object> ids =
                Map.of("ids", accounts.stream().map(AccountId::value).toList());
        jdbc.query("select id, email_verified_at is not null from account where id in (:ids)", ids, row -> {
            levels.put(
                    new AccountId(row.getObject(1, UUID.class)),
                    row.getBoolean(2) ? Requirement.VERIFIED_EMAIL : Requirement.ACCOUNT);
        });
        jdbc.query("select account_id, last_acr from account_identity where account_id in (:ids)", ids, row -> {
            AccountId id = new AccountId(row.getObject(1, UUID.class));
            Requirement viaIdPorten = Requirement.of(signIns.level(row.getString(2)));
            levels.merge(id, viaIdPorten, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        });
        return levels;
    }
}
