package no.samskap.shared;

import java.io.Serializable;
import java.util.regex.Pattern;

/** Identifies a municipality (tenant) by its stable slug, e.g. {@code baerum}. */
public record MunicipalityId(String value) implements Serializable {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public MunicipalityId {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a municipality id: " + value);
        }
    }

    public static MunicipalityId of(String value) {
        return new MunicipalityId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
