package no.samskap.statements;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Statement settings ({@code samskap.statements.*}).
 *
 * @param maxCharacters the longest statement an official may save
 */
@ConfigurationProperties("samskap.statements")
public record StatementSettings(@DefaultValue("60000") int maxCharacters) {}
