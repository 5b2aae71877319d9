package no.samskap.workshops.internal;

import java.security.SecureRandom;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Join codes: six characters that are easy to read out and type (no 0/O, no 1/I), unique among
 * workshops, and drawn from a secure random source because a code is all a guest needs to join.
 */
@Component
public class JoinCodes {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;
    private static final int ATTEMPTS = 20;

    private final WorkshopQueries queries;
    private final SecureRandom random = new SecureRandom();

    JoinCodes(WorkshopQueries queries) {
        this.queries = queries;
    }

    /** A code no workshop has yet. */
    public String newCode() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (!queries.codeTaken(code.toString())) {
                return code.toString();
            }
        }
        throw new IllegalStateException("no free join code after " + ATTEMPTS + " attempts");
    }

    /** Normalises what people type: case, spaces and dashes do not matter. */
    public static String normalise(String code) {
        // Keeps letters and digits only: spaces, dashes and whatever else a pasted code brings are dropped.
        return code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
