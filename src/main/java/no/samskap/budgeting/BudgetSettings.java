package no.samskap.budgeting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Participatory budget settings ({@code samskap.budgeting.*}).
 *
 * @param maxItems the most projects one ballot may list
 * @param maxTotalNok the largest budget an official may set (NOK), against typing errors
 * @param draftTimeToLive how long an unconfirmed basket is kept after its last change
 * @param draftsPerNode the most unconfirmed baskets one cluster node holds
 */
@ConfigurationProperties("samskap.budgeting")
public record BudgetSettings(
        @DefaultValue("60") int maxItems,
        @DefaultValue("10000000000") long maxTotalNok,
        @DefaultValue("7d") Duration draftTimeToLive,
        @DefaultValue("100000") int draftsPerNode) {}
