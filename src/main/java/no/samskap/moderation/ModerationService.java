package no.samskap.moderation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samskap.identity.AccountService;
import no.samskap.identity.Assurances;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.GuardedAction;
import no.samskap.identity.SignedInUser;
import no.samskap.moderation.internal.Report;
import no.samskap.moderation.internal.ReportRepository;
import no.samskap.protection.Limit;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports by anyone logged in; hiding, restoring and the review queue for the officials of
 * the content's municipality. Every rule is checked here, whatever the UI offers.
 */
@Service
@Transactional
public class ModerationService {

    private final ReportRepository reports;
    private final Map<ContentType, ModeratedContent> contents = new EnumMap<>(ContentType.class);
    private final CurrentUser currentUser;
    private final ModerationSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccountService accounts;

    private final Assurances assurances;

    ModerationService(
            Assurances assurances,
            ReportRepository reports,
            List<ModeratedContent> contents,
            CurrentUser currentUser,
            ModerationSettings settings,
            ApplicationEventPublisher events,
            Clock clock,
            AccountService accounts) {
        this.assurances = assurances;
        this.accounts = accounts;
        this.reports = reports;
        contents.forEach(c -> this.contents.put(c.type(), c));
        this.currentUser = currentUser;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Reports content; after enough reports from different people it is hidden pending review. */
    @PreAuthorize("isAuthenticated()")
    public void report(ContentRef content, ReportReason reason, String details) {
        SignedInUser user = currentUser.requireWriter(Limit.REPORT);
        assurances.require(GuardedAction.REPORT);
        ModeratedContent.Info info = describe(content);
        if (!user.belongsTo(info.municipality())) {
            throw new AccessDeniedException("error.moderation.other-municipality");
        }
        if (info.author().equals(user.id())) {
            throw new UserFacingException("error.report.own");
        }
        if (reason == null) {
            throw UserFacingException.forField("reason", "error.report.reason");
        }
        String text = details == null ? null : details.strip();
        if (text != null && text.length() > 500) {
            throw UserFacingException.forField("details", "error.field.too-long", 500);
        }
        if (reports.existsByContentTypeAndContentIdAndReporterId(
                content.type(), content.id(), user.id().value())) {
            throw new UserFacingException("error.report.duplicate");
        }
        reports.saveAndFlush(new Report(
                content.type(),
                content.id(),
                info.municipality().value(),
                info.author().value(),
                user.id().value(),
                reason,
                text == null || text.isEmpty() ? null : text,
                clock.instant()));
        events.publishEvent(new ReportFiled(content, info.municipality(), user.id(), user.displayName(), reason));
        // Only established accounts' reports hide automatically; every report is in the queue regardless.
        long weighty = accounts.countEstablished(
                reports.reporters(content.type(), content.id(), Report.Status.OPEN).stream()
                        .map(AccountId::new)
                        .toList(),
                settings.establishedAfter());
        if (!info.hidden() && weighty >= settings.threshold(info.municipality())) {
            events.publishEvent(new ContentModerated(content, info.municipality(), true, "reports", null, null));
        }
    }

    /** Hides content pending review; officials of its municipality only. */
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    public void hide(ContentRef content, String reason) {
        SignedInUser official = official(describe(content).municipality());
        close(content, Report.Status.ACTIONED);
        events.publishEvent(new ContentModerated(
                content,
                describe(content).municipality(),
                true,
                reason == null || reason.isBlank() ? "moderator" : reason,
                official.id(),
                official.displayName()));
    }

    /** Shows hidden content again and closes its reports. */
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    public void restore(ContentRef content) {
        SignedInUser official = official(describe(content).municipality());
        close(content, Report.Status.DISMISSED);
        events.publishEvent(new ContentModerated(
                content, describe(content).municipality(), false, null, official.id(), official.displayName()));
    }

    /** Closes the reports without hiding anything (and shows the content again if reports had hidden it). */
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    public void dismiss(ContentRef content) {
        ModeratedContent.Info info = describe(content);
        SignedInUser official = official(info.municipality());
        close(content, Report.Status.DISMISSED);
        if (info.hidden()) {
            events.publishEvent(new ContentModerated(
                    content, info.municipality(), false, null, official.id(), official.displayName()));
        }
    }

    /** Content with open reports in the municipality, most reported first. */
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    @Transactional(readOnly = true)
    public List<QueueItem> queue(MunicipalityId municipality) {
        official(municipality);
        Map<ContentRef, List<Report>> byContent = new LinkedHashMap<>();
        for (Report r : reports.findByMunicipalityIdAndStatus(municipality.value(), Report.Status.OPEN)) {
            byContent
                    .computeIfAbsent(new ContentRef(r.contentType(), r.contentId()), k -> new ArrayList<>())
                    .add(r);
        }
        List<QueueItem> items = new ArrayList<>();
        byContent.forEach((ref, list) -> {
            Map<ReportReason, Integer> reasons = new EnumMap<>(ReportReason.class);
            list.forEach(r -> reasons.merge(r.reason(), 1, Integer::sum));
            List<String> details =
                    list.stream().map(Report::details).filter(d -> d != null).toList();
            contents.get(ref.type())
                    .describe(ref.id())
                    .ifPresent(info -> items.add(new QueueItem(ref, info, list.size(), reasons, details)));
        });
        items.sort((a, b) -> Integer.compare(b.openReports(), a.openReports()));
        return items;
    }

    private void close(ContentRef content, Report.Status outcome) {
        reports.findByContentTypeAndContentIdAndStatus(content.type(), content.id(), Report.Status.OPEN)
                .forEach(r -> r.close(outcome));
    }

    private SignedInUser official(MunicipalityId municipality) {
        SignedInUser user = currentUser.requireWriter();
        if (!user.belongsTo(municipality)) {
            throw new AccessDeniedException("error.moderation.other-municipality");
        }
        return user;
    }

    private ModeratedContent.Info describe(ContentRef content) {
        ModeratedContent source = contents.get(content.type());
        return (source == null ? Optional.<ModeratedContent.Info>empty() : source.describe(content.id()))
                .orElseThrow(() -> new UserFacingException("error.moderation.not-found"));
    }

    /** For views: whether the content exists and what it is. */
    @Transactional(readOnly = true)
    public Optional<ModeratedContent.Info> info(ContentRef content) {
        ModeratedContent source = contents.get(content.type());
        return source == null ? Optional.empty() : source.describe(content.id());
    }

    /** Makes a reference; for views that only have an id. */
    public static ContentRef proposal(UUID id) {
        return new ContentRef(ContentType.PROPOSAL, id);
    }

    /** Makes a reference to a comment; for views that only have an id. */
    public static ContentRef comment(UUID id) {
        return new ContentRef(ContentType.COMMENT, id);
    }
}
