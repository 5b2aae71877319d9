package no.samskap.comments;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samskap.comments.internal.Comment;
import no.samskap.comments.internal.CommentRepository;
import no.samskap.identity.AccountService;
import no.samskap.identity.AccountSummary;
import no.samskap.identity.Assurances;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.GuardedAction;
import no.samskap.identity.SignedInUser;
import no.samskap.proposals.PhaseGate;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalService;
import no.samskap.protection.Limit;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.PhaseAction;
import no.samskap.shared.SafeMarkdown;
import no.samskap.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Posts, edits, deletes and reads comments; every rule is checked here, whatever the UI offers. */
@Service
@Transactional
public class CommentService {

    private static final Pattern MENTION =
            Pattern.compile("(?<![\\w@])@([a-z0-9][a-z0-9._-]{1,39})", Pattern.CASE_INSENSITIVE);

    private final CommentRepository comments;
    private final ProposalService proposals;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final CommentSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final Assurances assurances;
    private final PhaseGate phases;

    CommentService(
            Assurances assurances,
            PhaseGate phases,
            CommentRepository comments,
            ProposalService proposals,
            AccountService accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            CommentSettings settings) {
        this.assurances = assurances;
        this.phases = phases;
        this.settings = settings;
        this.comments = comments;
        this.proposals = proposals;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Posts a comment, or a reply when {@code parent} is given. */
    @PreAuthorize("isAuthenticated()")
    public CommentId post(ProposalId proposal, CommentId parent, CommentStance stance, String body) {
        SignedInUser user = currentUser.requireWriter(Limit.COMMENT);
        ProposalDetails p = open(proposal, user);
        assurances.require(GuardedAction.COMMENT);
        if (p.process() != null) {
            phases.require(p.process(), PhaseAction.COMMENT);
        }
        Comment parentComment = parent == null
                ? null
                : comments.findById(parent.value())
                        .orElseThrow(() -> new UserFacingException("error.comment.not-found"));
        Comment comment = Comment.post(
                proposal.value(), parentComment, user.id(), user.displayName(), stance, body, clock.instant());
        comments.save(comment);
        events.publishEvent(new CommentPosted(
                comment.id(),
                proposal,
                p.municipality(),
                user.id(),
                user.displayName(),
                p.title(),
                comment.createdAt()));
        for (AccountSummary mentioned : mentions(comment.body())) {
            if (!mentioned.id().equals(user.id())) {
                events.publishEvent(new UserMentioned(
                        mentioned.id(),
                        comment.id(),
                        proposal,
                        p.municipality(),
                        p.title(),
                        user.id(),
                        user.displayName()));
            }
        }
        return comment.id();
    }

    /** Corrects one's own comment within 15 minutes of posting it. */
    @PreAuthorize("isAuthenticated()")
    public void edit(CommentId id, String body) {
        SignedInUser user = currentUser.requireWriter(Limit.COMMENT);
        Comment comment = load(id, user);
        Instant now = clock.instant();
        comment.edit(user.id(), body, now);
        ProposalDetails p = proposalOf(comment);
        events.publishEvent(new CommentEdited(comment.id(), p.id(), p.municipality(), user.id(), now));
    }

    /** Deletes one's own comment; replies stay under a placeholder. */
    @PreAuthorize("isAuthenticated()")
    public void delete(CommentId id) {
        SignedInUser user = currentUser.requireWriter();
        Comment comment = load(id, user);
        Instant now = clock.instant();
        comment.delete(user.id(), now);
        ProposalDetails p = proposalOf(comment);
        events.publishEvent(new CommentDeleted(comment.id(), p.id(), p.municipality(), user.id(), now));
    }

    /** The thread in reading order: each comment followed by its replies, oldest first. */
    @Transactional(readOnly = true)
    public List<CommentView> thread(ProposalId proposal) {
        if (proposals.find(proposal).isEmpty()) {
            return List.of();
        }
        Optional<SignedInUser> user = currentUser.get();
        List<Comment> all = comments.findByProposalIdOrderByCreatedAtAsc(proposal.value());
        Map<UUID, List<Comment>> children = new HashMap<>();
        List<Comment> roots = new ArrayList<>();
        for (Comment c : all) {
            if (c.parentId() == null) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<CommentView> ordered = new ArrayList<>();
        roots.sort(Comparator.comparing(Comment::createdAt));
        for (Comment root : roots) {
            walk(root, children, ordered, user);
        }
        return ordered;
    }

    private void walk(
            Comment c, Map<UUID, List<Comment>> children, List<CommentView> out, Optional<SignedInUser> user) {
        boolean mine = user.map(u -> c.author().equals(u.id())).orElse(false);
        boolean showText = !c.isDeleted() && (!c.isHidden() || mine);
        boolean editable =
                mine && !c.isDeleted() && !clock.instant().isAfter(c.createdAt().plus(Comment.EDIT_WINDOW));
        out.add(new CommentView(
                c.id(),
                c.parentId() == null ? null : new CommentId(c.parentId()),
                c.depth(),
                c.author(),
                c.authorName(),
                c.stance(),
                showText ? c.body() : null,
                showText ? SafeMarkdown.toHtml(c.body()) : null,
                c.createdAt(),
                c.editedAt(),
                c.isDeleted(),
                c.isHidden(),
                editable));
        for (Comment child : children.getOrDefault(c.id().value(), List.of())) {
            walk(child, children, out, user);
        }
    }

    /** The accounts a comment mentions: at most {@code maxMentions} distinct names, looked up in one query. */
    private Set<AccountSummary> mentions(String body) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(body);
        while (m.find() && names.size() < settings.maxMentions()) {
            names.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return new LinkedHashSet<>(accounts.findByUsernames(names));
    }

    private ProposalDetails open(ProposalId proposal, SignedInUser user) {
        ProposalDetails p =
                proposals.find(proposal).orElseThrow(() -> new UserFacingException("error.proposal.not-found"));
        if (!user.belongsTo(p.municipality())) {
            throw new AccessDeniedException("error.comment.other-municipality");
        }
        if (!p.state().isPublic() || p.hidden()) {
            throw new UserFacingException("error.comment.closed");
        }
        return p;
    }

    private Comment load(CommentId id, SignedInUser user) {
        Comment comment =
                comments.findById(id.value()).orElseThrow(() -> new UserFacingException("error.comment.not-found"));
        open(new ProposalId(comment.proposalId()), user);
        return comment;
    }

    private ProposalDetails proposalOf(Comment comment) {
        return proposals.find(new ProposalId(comment.proposalId())).orElseThrow();
    }
}
