package no.samskap.identity;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The level each action needs ({@code samskap.identity.assurance.*}), per municipality.
 *
 * @param defaults the level per action where a municipality sets none; an action not named needs an account
 * @param municipalities per municipality id, levels that replace the defaults for those actions
 */
@ConfigurationProperties("samskap.identity.assurance")
public record AssuranceSettings(
        @DefaultValue({}) Map<GuardedAction, Requirement> defaults,
        @DefaultValue({}) Map<String, Map<GuardedAction, Requirement>> municipalities) {

    /** The level {@code action} needs in {@code municipality} (null: the defaults). */
    public Requirement required(GuardedAction action, String municipality) {
        Map<GuardedAction, Requirement> own = municipality == null ? null : municipalities.get(municipality);
        if (own != null && own.containsKey(action)) {
            return own.get(action);
        }
        return defaults.getOrDefault(action, Requirement.ACCOUNT);
    }
}
