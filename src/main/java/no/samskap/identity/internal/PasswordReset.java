package no.samskap.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** One password reset link: only its secret's hash is stored, and it works once, until it expires. */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

    @Id
    private String tokenHash;

    private UUID accountId;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected PasswordReset() {}

    public PasswordReset(String token, UUID accountId, Instant now, Instant expiresAt) {
        this.tokenHash = hash(token);
        this.accountId = accountId;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** SHA-256 of the link's secret: enough for a 256-bit random secret, and fast to look up. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public UUID accountId() {
        return accountId;
    }

    public boolean used() {
        return usedAt != null;
    }

    public boolean expired(Instant now) {
        return now.isAfter(expiresAt);
    }

    public void use(Instant now) {
        usedAt = now;
    }
}
