package no.samskap.shared;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Secret keys every node shares through the database (table {@code signing_key}): made on first use,
 * and the first node to store one wins, so all nodes and restarts use the same key.
 */
public final class StoredKeys {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private StoredKeys() {}

    /** The 256-bit key of this name, made now if there is none yet. */
    public static byte[] loadOrCreate(JdbcTemplate jdbc, Clock clock, String name) {
        List<String> stored = jdbc.queryForList("select secret from signing_key where name = ?", String.class, name);
        if (!stored.isEmpty()) {
            return DECODE.decode(stored.getFirst());
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            jdbc.update(
                    "insert into signing_key (name, secret, created_at) values (?, ?, ?)",
                    name,
                    ENCODE.encodeToString(fresh),
                    Timestamp.from(clock.instant()));
            return fresh;
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return DECODE.decode(
                    jdbc.queryForObject("select secret from signing_key where name = ?", String.class, name));
        }
    }
}
