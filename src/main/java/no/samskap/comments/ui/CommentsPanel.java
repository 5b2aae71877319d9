package no.samskap.comments.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samskap.comments.CommentEvent;
import no.samskap.comments.CommentId;
import no.samskap.comments.CommentService;
import no.samskap.comments.CommentStance;
import no.samskap.comments.CommentView;
import no.samskap.comments.internal.Comment;
import no.samskap.identity.AssuranceRequired;
import no.samskap.live.LiveUpdates;
import no.samskap.moderation.ModerationService;
import no.samskap.moderation.ReportButton;
import no.samskap.proposals.ProposalDetails;
import no.samskap.shared.AccountId;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.PersonName;
import no.samskap.shared.UserFacingException;

/**
 * The thread with its composer. New and changed comments from others are merged in place, so
 * nothing anyone is typing here (in the composer or an open reply) is lost.
 */
class CommentsPanel extends VerticalLayout {

    private final ProposalDetails proposal;
    private final CommentService comments;
    private final boolean canWrite;
    private final LiveUpdates live;
    private final H2 heading = new H2();
    private final VerticalLayout threadBox = new VerticalLayout();
    private final Map<CommentId, Item> items = new HashMap<>();
    private final DateTimeFormatter format;
    private final Reporting reporting;
    private Registration liveRegistration;

    /** Who may report comments here (a signed-in member of the municipality), and where reports go. */
    record Reporting(ModerationService moderation, AccountId reporter) {}

    /**
     * @param reporting null when the user may not report (anonymous, or from another municipality)
     */
    CommentsPanel(
            ProposalDetails proposal,
            CommentService comments,
            boolean canWrite,
            boolean loggedIn,
            LiveUpdates live,
            Reporting reporting) {
        this.proposal = proposal;
        this.reporting = reporting;
        this.comments = comments;
        this.canWrite = canWrite;
        this.live = live;
        this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Oslo"));
        setPadding(false);
        addClassName("samskap-comments");
        threadBox.setPadding(false);
        threadBox.setSpacing(false);
        add(heading);
        if (canWrite) {
            add(new Composer(null, "comments.comment"));
        } else if (!loggedIn) {
            add(new Anchor("login", getTranslation("comments.login")));
        }
        add(threadBox);
        sync();
    }

    /** Adds comments not shown yet at their place in the thread and refreshes changed ones. */
    private void sync() {
        List<CommentView> thread = comments.thread(proposal.id());
        for (int i = 0; i < thread.size(); i++) {
            CommentView view = thread.get(i);
            Item item = items.get(view.id());
            if (item == null) {
                item = new Item(view);
                items.put(view.id(), item);
                threadBox.addComponentAtIndex(i, item);
            } else {
                item.show(view);
            }
        }
        heading.setText(getTranslation("comments.heading", thread.size()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        liveRegistration = live.subscribe(
                event.getUI(), CommentEvent.class, e -> e.proposal().equals(proposal.id()), e -> sync());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
        }
    }

    /** A comment kept while its author gets the level commenting needs. */
    private record Draft(CommentStance stance, String text) implements java.io.Serializable {}

    private String draftKey() {
        return "samskap.comment-draft:" + proposal.id();
    }

    /** A stance, a text area and "Post"; for a new comment or a reply. */
    private final class Composer extends VerticalLayout {

        Composer(CommentId parent, String labelKey) {
            setPadding(false);
            RadioButtonGroup<CommentStance> stance = new RadioButtonGroup<>(getTranslation("comments.stance"));
            stance.setItems(CommentStance.values());
            stance.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
            stance.setValue(CommentStance.NEUTRAL);
            TextArea body = new TextArea(getTranslation(labelKey));
            body.setMaxLength(Comment.MAX_BODY);
            body.setWidthFull();
            body.setHelperText(getTranslation("comments.help", Comment.MAX_BODY));
            Button post = new Button(getTranslation("comments.post"), e -> {
                FieldErrors.clear(Map.of("body", body, "stance", stance));
                try {
                    comments.post(proposal.id(), parent, stance.getValue(), body.getValue());
                } catch (UserFacingException ex) {
                    if (ex instanceof AssuranceRequired && parent == null) {
                        // Getting the level may mean a round trip to ID-porten: the text waits here.
                        VaadinSession.getCurrent()
                                .setAttribute(draftKey(), new Draft(stance.getValue(), body.getValue()));
                    }
                    FieldErrors.show(ex, Map.of("body", body, "stance", stance), this);
                    return;
                }
                body.clear();
                if (parent != null) {
                    removeFromParent();
                }
                sync();
            });
            post.addThemeVariants(ButtonVariant.PRIMARY);
            if (parent == null
                    && VaadinSession.getCurrent() != null
                    && VaadinSession.getCurrent().getAttribute(draftKey()) instanceof Draft draft) {
                VaadinSession.getCurrent().setAttribute(draftKey(), null);
                stance.setValue(draft.stance());
                body.setValue(draft.text());
            }
            if (parent == null) {
                // Stable ids for tests and for clients that drive the page by its elements.
                body.setId("comment-body");
                post.setId("comment-post");
            }
            add(stance, body, post);
        }
    }

    /** One comment with its actions. */
    private final class Item extends VerticalLayout {

        private final Span header = new Span();
        private final Div body = new Div();
        private final HorizontalLayout actions = new HorizontalLayout();
        private CommentView view;

        Item(CommentView view) {
            setPadding(false);
            setSpacing(false);
            addClassName("samskap-comment");
            getStyle().set("margin-left", (view.depth() * 2) + "rem");
            header.addClassName("samskap-attribution");
            add(header, body, actions);
            show(view);
        }

        void show(CommentView v) {
            this.view = v;
            String edited = v.editedAt() != null && !v.deleted() ? " · " + getTranslation("comments.edited") : "";
            header.setText(PersonName.shown(v.authorName(), k -> getTranslation(k)) + " · "
                    + getTranslation(v.stance().messageKey()) + " · " + format.format(v.createdAt()) + edited);
            body.removeAll();
            if (v.deleted()) {
                body.add(new Paragraph(getTranslation("comments.deleted")));
            } else if (v.html() == null) {
                body.add(new Paragraph(getTranslation("comments.hidden")));
            } else {
                if (v.hidden()) {
                    body.add(new Paragraph(getTranslation("comments.hidden-own")));
                }
                Html html = new Html(v.html());
                html.getElement().getClassList().add("samskap-markdown");
                body.add(html);
            }
            actions.removeAll();
            if (canWrite && v.depth() < Comment.MAX_DEPTH && !v.deleted()) {
                Button reply = new Button(getTranslation("comments.reply"), e -> {
                    if (getChildren().noneMatch(Composer.class::isInstance)) {
                        add(new Composer(v.id(), "comments.your-reply"));
                    }
                });
                reply.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                actions.add(reply);
            }
            if (v.editable()) {
                Button edit = new Button(getTranslation("comments.edit"), e -> startEdit());
                Button delete = new Button(getTranslation("comments.delete"), e -> {
                    comments.delete(view.id());
                    sync();
                });
                edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
                actions.add(edit, delete);
            }
            // Others' comments that still show text can be reported; one's own cannot.
            if (reporting != null
                    && !v.deleted()
                    && v.html() != null
                    && !v.authorId().equals(reporting.reporter())) {
                ReportButton report =
                        new ReportButton(reporting.moderation(), ModerationService.comment(v.id().value()), true);
                report.setAriaLabel(getTranslation(
                        "comments.report-label", PersonName.shown(v.authorName(), k -> getTranslation(k))));
                actions.add(report);
            }
        }

        private void startEdit() {
            TextArea text = new TextArea(getTranslation("comments.edit"));
            text.setValue(view.body() == null ? "" : view.body());
            text.setMaxLength(Comment.MAX_BODY);
            text.setWidthFull();
            Button save = new Button(getTranslation("comments.save"), e -> {
                try {
                    comments.edit(view.id(), text.getValue());
                } catch (UserFacingException ex) {
                    FieldErrors.show(ex, Map.of("body", text), this);
                    return;
                }
                sync();
            });
            save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            body.removeAll();
            body.add(text, save);
        }

        @Override
        public String toString() {
            return "Item[" + view.id() + "]";
        }
    }

    /** For tests: how many comments are shown. */
    int shownCount() {
        return items.size();
    }

    Component threadBox() {
        return threadBox;
    }
}
