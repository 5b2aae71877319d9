package no.samskap.comments;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Comment settings ({@code samskap.comments.*}).
 *
 * @param maxMentions distinct @names one comment may notify; further names stay plain text, so one
 *                    comment costs at most one bounded account lookup
 */
@ConfigurationProperties("samskap.comments")
public record CommentSettings(@DefaultValue("10") int maxMentions) {}
