package no.samskap.moderation;

import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;

/** Someone reported content. */
public record ReportFiled(
        ContentRef content,
        MunicipalityId municipality,
        AccountId reporter,
        String reporterName,
        ReportReason reason) {}
