package no.samskap.statements;

import java.time.Instant;
import no.samskap.shared.MunicipalityId;

/**
 * A statement as a page shows it.
 *
 * @param language nb, nn or en
 * @param markdown the text, Markdown
 * @param template true while the municipality has not written its own text in this language
 * @param updatedAt when the municipality last saved it; null for a template
 * @param updatedBy who saved it; null for a template
 * @param version the saved version an edit starts from ({@link #TEMPLATE} for a template), so two editors do not
 *     overwrite each other
 */
public record Statement(
        MunicipalityId municipality,
        StatementKind kind,
        String language,
        String markdown,
        boolean template,
        Instant updatedAt,
        String updatedBy,
        long version) {

    /** The version of a statement that is still the template: no saved text. */
    public static final long TEMPLATE = -1;
}
