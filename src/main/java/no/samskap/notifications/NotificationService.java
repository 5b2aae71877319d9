package no.samskap.notifications;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.samskap.comments.CommentPosted;
import no.samskap.comments.UserMentioned;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.SignedInUser;
import no.samskap.notifications.internal.Follow;
import no.samskap.notifications.internal.FollowRepository;
import no.samskap.notifications.internal.Notification;
import no.samskap.notifications.internal.NotificationRepository;
import no.samskap.processes.PhaseSummaryPublished;
import no.samskap.processes.ProcessFollows;
import no.samskap.proposals.ProposalAnswered;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalSubmitted;
import no.samskap.protection.Limit;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows and the inbox. Authors follow their proposals when they submit them; followers hear
 * of official answers and new comments, mentioned users of mentions. Notifications are stored
 * first; {@link NotificationMails} mails them as each person chose.
 */
@Service
@Transactional
public class NotificationService {

    private final FollowRepository follows;
    private final NotificationRepository notifications;
    private final ProposalService proposals;
    private final ProcessFollows processes;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(
            FollowRepository follows,
            NotificationRepository notifications,
            ProposalService proposals,
            ProcessFollows processes,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.processes = processes;
        this.follows = follows;
        this.notifications = notifications;
        this.proposals = proposals;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public void follow(ProposalId proposal) {
        SignedInUser user = currentUser.requireWriter(Limit.FOLLOW);
        visible(proposal);
        Follow.Key key = new Follow.Key(proposal.value(), user.id().value());
        if (!follows.existsById(key)) {
            follows.save(new Follow(proposal.value(), user.id().value(), clock.instant()));
        }
    }

    @PreAuthorize("isAuthenticated()")
    public void unfollow(ProposalId proposal) {
        follows.deleteById(
                new Follow.Key(proposal.value(), currentUser.require().id().value()));
    }

    @Transactional(readOnly = true)
    public boolean isFollowing(ProposalId proposal) {
        return currentUser
                .get()
                .map(u -> follows.existsById(new Follow.Key(proposal.value(), u.id().value())))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return currentUser
                .get()
                .map(u -> notifications.countByAccountIdAndReadAtIsNull(u.id().value()))
                .orElse(0L);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Page<NotificationView> inbox(int page, int size) {
        return notifications
                .findByAccountIdOrderByCreatedAtDesc(
                        currentUser.require().id().value(), PageRequest.of(page, Math.min(Math.max(size, 1), 100)))
                .map(Notification::toView);
    }

    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        notifications
                .findByAccountIdAndReadAtIsNull(currentUser.require().id().value())
                .forEach(n -> n.markRead(clock.instant()));
    }

    /**
     * Tells the given accounts (the actor excluded) about something that happened to a
     * proposal; other modules' listeners use this, e.g. for new comments and mentions.
     */
    public void notify(
            Collection<AccountId> recipients,
            AccountId actor,
            NotificationKind kind,
            ProposalId proposal,
            MunicipalityId municipality,
            String title,
            String actorName,
            String detail) {
        Set<AccountId> unique = new LinkedHashSet<>(recipients);
        if (actor != null) {
            unique.remove(actor);
        }
        for (AccountId recipient : unique) {
            Notification stored = notifications.save(new Notification(
                    recipient.value(),
                    kind,
                    proposal.value(),
                    title,
                    actor == null ? null : actor.value(),
                    actorName,
                    detail,
                    clock.instant()));
            events.publishEvent(new NotificationCreated(recipient, municipality));
            // Mailed after commit, if the recipient wants this kind at once (retried with the event).
            events.publishEvent(new NotificationMails.Due(stored.id()));
        }
    }

    /** Tells a process's followers that a phase's summary is out. */
    @ApplicationModuleListener
    void on(PhaseSummaryPublished e) {
        for (AccountId recipient : new LinkedHashSet<>(processes.followers(e.process()))) {
            Notification stored = notifications.save(Notification.aboutProcess(
                    recipient.value(),
                    NotificationKind.PROCESS,
                    e.process().value(),
                    e.processTitle(),
                    null,
                    e.officialName(),
                    Integer.toString(e.phasePosition() + 1),
                    clock.instant()));
            events.publishEvent(new NotificationCreated(recipient, e.municipality()));
            events.publishEvent(new NotificationMails.Due(stored.id()));
        }
    }

    /** Everyone who follows the proposal. */
    @Transactional(readOnly = true)
    public List<AccountId> followers(ProposalId proposal) {
        return follows.findByKeyProposalId(proposal.value()).stream()
                .map(f -> new AccountId(f.accountId()))
                .toList();
    }

    /** In the submitting transaction: the author follows from the moment the proposal is public. */
    @EventListener
    void on(ProposalSubmitted e) {
        Follow.Key key = new Follow.Key(e.proposal().value(), e.author().value());
        if (!follows.existsById(key)) {
            follows.save(new Follow(e.proposal().value(), e.author().value(), e.at()));
        }
    }

    @ApplicationModuleListener
    void on(ProposalAnswered e) {
        notify(
                followers(e.proposal()),
                e.official(),
                NotificationKind.ANSWERED,
                e.proposal(),
                e.municipality(),
                e.title(),
                e.officialName(),
                e.to().name());
    }

    @ApplicationModuleListener
    void on(CommentPosted e) {
        notify(
                followers(e.proposal()),
                e.author(),
                NotificationKind.COMMENT,
                e.proposal(),
                e.municipality(),
                e.proposalTitle(),
                e.authorName(),
                null);
    }

    @ApplicationModuleListener
    void on(UserMentioned e) {
        notify(
                List.of(e.mentioned()),
                e.by(),
                NotificationKind.MENTION,
                e.proposal(),
                e.municipality(),
                e.proposalTitle(),
                e.byName(),
                null);
    }

    private ProposalDetails visible(ProposalId proposal) {
        return proposals.find(proposal).orElseThrow(() -> new UserFacingException("error.proposal.not-found"));
    }
}
