package no.samskap;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Database settings of our own ({@code samskap.database.*}); the pool itself is
 * {@code spring.datasource.hikari.*}.
 *
 * @param failFast after a connection could not be had (the wait is the pool's connection-timeout),
 *                 further requests on this node are told at once for this long instead of each
 *                 waiting out the timeout again; then one request tries the database again
 */
@ConfigurationProperties("samskap.database")
public record DatabaseSettings(@DefaultValue("3s") Duration failFast) {}
