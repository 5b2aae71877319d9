package no.samskap.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import no.samskap.shared.UserFacingException;

/**
 * Password rules in the spirit of NIST SP 800-63B: a minimum length, no upper limit below 128, no
 * composition rules, and a refusal of common passwords (a shipped list of about 30,000) and of
 * passwords built from the user's own username or name.
 */
public final class PasswordPolicy {

    static final String COMMON_LIST = "/identity/common-passwords.txt";
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** Refuses a password that is too short, too long, common, or made from the username or name. */
    public static void check(String password, String username, String displayName, int minLength) {
        if (password == null || password.length() < minLength) {
            throw UserFacingException.forField("password", "error.password.too-short", minLength);
        }
        if (password.length() > 128) {
            throw UserFacingException.forField("password", "error.field.too-long", 128);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower) || lower.chars().distinct().count() < 4) {
            throw UserFacingException.forField("password", "error.password.weak");
        }
        if (containsName(lower, username, displayName)) {
            throw UserFacingException.forField("password", "error.password.contains-name");
        }
    }

    /** Also catches a common password with digits or symbols stuck on either end ("Password2026!"). */
    static boolean isCommon(String lower) {
        if (COMMON.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return core.length() >= 4 && !core.equals(lower) && COMMON.contains(core);
    }

    private static boolean containsName(String lower, String username, String displayName) {
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (displayName != null) {
            for (String part : displayName.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (part.length() >= 3 && lower.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    static int commonCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + COMMON_LIST);
            }
            Set<String> words = new HashSet<>(40_000);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String word = line.strip();
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        words.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
