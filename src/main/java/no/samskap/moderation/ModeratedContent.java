package no.samskap.moderation;

import java.util.Optional;
import java.util.UUID;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;

/**
 * Implemented by each module whose content can be reported (proposals, comments), so
 * moderation can describe content without depending on those modules.
 */
public interface ModeratedContent {

    ContentType type();

    /** What moderation needs to know about the content, regardless of who is asking; empty if it does not exist. */
    Optional<Info> describe(UUID id);

    /** Where the content is, who wrote it, and a plain-text excerpt for the review queue. */
    record Info(MunicipalityId municipality, AccountId author, String excerpt, String link, boolean hidden) {}
}
