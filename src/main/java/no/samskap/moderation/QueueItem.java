package no.samskap.moderation;

import java.util.List;
import java.util.Map;

/** Content waiting for an official: how often and why it was reported, and whether it is hidden. */
public record QueueItem(
        ContentRef content,
        ModeratedContent.Info info,
        int openReports,
        Map<ReportReason, Integer> reasons,
        List<String> details) {}
