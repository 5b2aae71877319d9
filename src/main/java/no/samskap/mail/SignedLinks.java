package no.samskap.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.samskap.shared.StoredKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Tokens for links in mail that must work without signing in (confirm an address, unsubscribe):
 * what the link is for, whom it concerns and until when, signed with HMAC-SHA256. The key is made
 * on first use and kept in the database, so every node accepts every node's links and a restart
 * breaks none.
 */
@Service
public class SignedLinks {

    private static final String KEY_NAME = "mail-links";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile byte[] key;

    SignedLinks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a token turned out to be. */
    public enum Status {
        VALID,
        EXPIRED,
        INVALID
    }

    /** A checked token: its subject only when valid. */
    public record Checked(Status status, String subject) {}

    /** A token for {@code purpose} about {@code subject} (no line breaks), valid for {@code validity}. */
    public String sign(String purpose, String subject, Duration validity) {
        if (subject.contains("\n") || purpose.contains("\n")) {
            throw new IllegalArgumentException("Line breaks are not allowed in a token's purpose or subject");
        }
        long until = clock.instant().plus(validity).getEpochSecond();
        byte[] payload = (purpose + "\n" + until + "\n" + subject).getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(payload) + "." + ENCODE.encodeToString(mac(payload));
    }

    /** Checks a token from a link: signed by us, for this purpose, not expired. */
    public Checked check(String purpose, String token) {
        if (token == null || token.length() > 2000) {
            return new Checked(Status.INVALID, null);
        }
        int dot = token.indexOf('.');
        if (dot < 1 || dot != token.lastIndexOf('.')) {
            return new Checked(Status.INVALID, null);
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODE.decode(token.substring(0, dot));
            signature = DECODE.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException malformed) {
            return new Checked(Status.INVALID, null);
        }
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            return new Checked(Status.INVALID, null);
        }
        String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", 3);
        if (parts.length != 3 || !parts[0].equals(purpose)) {
            return new Checked(Status.INVALID, null);
        }
        long until;
        try {
            until = Long.parseLong(parts[1]);
        } catch (NumberFormatException malformed) {
            return new Checked(Status.INVALID, null);
        }
        if (clock.instant().isAfter(Instant.ofEpochSecond(until))) {
            return new Checked(Status.EXPIRED, null);
        }
        return new Checked(Status.VALID, parts[2]);
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = StoredKeys.loadOrCreate(jdbc, clock, KEY_NAME);
            key = k;
        }
        return k;
    }
}
