package no.samskap.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stores password reset links by their secret's hash. */
public interface PasswordResetRepository extends JpaRepository<PasswordReset, String> {

    /** Every other open link of the account stops working once one was used. */
    @Modifying
    @Query("update PasswordReset r set r.usedAt = :now where r.accountId = :account and r.usedAt is null")
    int useAll(@Param("account") UUID account, @Param("now") Instant now);
}
