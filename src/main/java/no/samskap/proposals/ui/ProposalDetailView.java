package no.samskap.proposals.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.samskap.identity.CurrentUser;
import no.samskap.live.LiveUpdates;
import no.samskap.live.Presence;
import no.samskap.live.PresenceAvatars;
import no.samskap.map.LeafletMap;
import no.samskap.map.MapFeature;
import no.samskap.map.Maps;
import no.samskap.municipality.MunicipalityService;
import no.samskap.proposals.PhaseGate;
import no.samskap.proposals.ProposalAnswered;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalHidden;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalMarker;
import no.samskap.proposals.ProposalSection;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalState;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.PersonName;
import no.samskap.shared.SafeMarkdown;
import no.samskap.shared.UserFacingException;

/** One proposal, at its own address {@code /proposals/{id}}. */
@Route("proposals/:id")
@AnonymousAllowed
// Sections from other modules are found at run time, so the frontend bundle cannot see what
// they use; declare the components they need here.
@Uses(Dialog.class)
@Uses(RadioButtonGroup.class)
@Uses(TextArea.class)
@Uses(Select.class)
@Uses(Details.class)
@Uses(Checkbox.class)
@Uses(Notification.class)
public class ProposalDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalService proposals;
    private final PhaseGate phases;
    private final MunicipalityService municipalities;
    private final Maps maps;
    private final List<ProposalSection> sections;
    private final LiveUpdates live;
    private final VerticalLayout top = new VerticalLayout();
    private List<Registration> liveRegistrations = List.of();
    private ProposalDetails proposal;

    private final Presence presence;
    private final CurrentUser currentUser;
    private PresenceAvatars here;

    public ProposalDetailView(
            ProposalService proposals,
            MunicipalityService municipalities,
            Maps maps,
            List<ProposalSection> sections,
            LiveUpdates live,
            Presence presence,
            CurrentUser currentUser,
            PhaseGate phases) {
        this.phases = phases;
        this.live = live;
        this.presence = presence;
        this.currentUser = currentUser;
        top.setPadding(false);
        this.maps = maps;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(ProposalSection::order))
                .toList();
        this.proposals = proposals;
        this.municipalities = municipalities;
        addClassName("samskap-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ProposalId id =
                event.getRouteParameters().get("id").flatMap(ProposalId::parse).orElseThrow(NotFoundException::new);
        proposal = proposals.find(id).orElse(null);
        if (proposal == null) {
            if (!proposals.isHiddenFromMe(id)) {
                throw new NotFoundException();
            }
            removeAll();
            add(
                    new H1(getTranslation("proposal.hidden.title")),
                    new Paragraph(getTranslation("proposal.hidden.text")),
                    new Anchor("proposals", getTranslation("proposal.back-to-list")));
            return;
        }
        here = new PresenceAvatars(presence, "proposal:" + id, currentUser.visitor());
        render();
    }

    private void render() {
        removeAll();
        add(here, top);
        renderTop();
        for (ProposalSection section : sections) {
            section.create(proposal).ifPresent(this::add);
        }
        add(new Anchor("proposals", getTranslation("proposal.back-to-list")));
    }

    /** The proposal itself and its answer; redrawn on live changes without touching the sections below. */
    private void renderTop() {
        top.removeAll();
        ProposalDetails p = proposal;
        H1 title = new H1(p.title());
        Span state = new Span(getTranslation(p.state().messageKey()));
        state.getElement().getThemeList().add("badge");
        HorizontalLayout badges = new HorizontalLayout(ProposalUi.categoryBadge(p.category(), this), state);

        String authorName = PersonName.shown(p.authorName(), k -> getTranslation(k));
        String author = p.organisation() == null || p.organisation().equals(p.authorName())
                ? authorName
                : authorName + ", " + p.organisation();
        Paragraph meta = new Paragraph(getTranslation("proposal.meta.author", author));
        if (p.districtName() != null) {
            meta.add(new Span(" · " + getTranslation("proposal.meta.district", p.districtName())));
        }
        if (p.process() != null) {
            // What participants may do with it follows that process's phase.
            phases.title(p.process()).ifPresent(processTitle -> {
                meta.add(new Span(" · " + getTranslation("proposal.meta.process") + " "));
                meta.add(new Anchor("processes/" + p.process(), processTitle));
            });
        }
        String when = ProposalUi.date(p.submittedAt() != null ? p.submittedAt() : p.createdAt(), getLocale());
        meta.add(new Span(" · "
                + getTranslation(p.submittedAt() != null ? "proposal.meta.submitted" : "proposal.meta.created", when)));

        Html description = new Html(SafeMarkdown.toHtml(p.description()));
        description.getElement().getClassList().add("samskap-markdown");

        LeafletMap map = maps.create();
        map.setWidthFull();
        ProposalUi.showMunicipality(map, municipalities.get(p.municipality()), this);
        ProposalMarker marker = new ProposalMarker(
                p.id(),
                p.title(),
                p.category(),
                p.state(),
                p.lat(),
                p.lon(),
                p.geometryGeoJson().contains("\"Point\"") ? null : p.geometryGeoJson());
        MapFeature feature = ProposalUi.feature(marker, this);
        map.setFeatures(List.of(feature));
        map.setView(p.lat(), p.lon(), 15);

        top.add(title, badges, meta);
        if (p.hidden()) {
            Paragraph hiddenNote = new Paragraph(getTranslation(
                    "proposal.hidden-note",
                    getTranslation("moderation.hidden-reason."
                            + (p.hiddenReason() == null ? "moderator" : p.hiddenReason()))));
            hiddenNote.addClassName("samskap-card");
            hiddenNote.getElement().setAttribute("role", "note");
            top.add(hiddenNote);
        }
        top.add(description, map);
        if (p.answerText() != null) {
            Section answer = new Section();
            answer.addClassName("samskap-card");
            answer.add(
                    new H2(getTranslation("answer.heading")),
                    new Paragraph(getTranslation(
                            "answer.by",
                            p.answeredBy(),
                            ProposalUi.date(p.answeredAt(), getLocale()),
                            getTranslation(p.state().messageKey()))),
                    new Html(SafeMarkdown.toHtml(p.answerText())));
            top.add(answer);
        }
        if (proposals.canAnswer(p.id())) {
            top.add(answerForm(p));
        }
        if (proposals.canEdit(p.id())) {
            Button edit = new Button(
                    getTranslation("proposal.edit"),
                    e -> getUI().ifPresent(ui ->
                            ui.navigate(ProposalEditorView.class, new RouteParameters("id", p.id().toString()))));
            Button submit = new Button(getTranslation("proposal.submit"), e -> {
                proposals.submit(p.id());
                proposal = proposals.find(p.id()).orElseThrow();
                render();
            });
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            Paragraph draftNote = new Paragraph(getTranslation("proposal.draft-note"));
            top.add(draftNote, new HorizontalLayout(submit, edit));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (proposal == null) {
            return;
        }
        ProposalId id = proposal.id();
        liveRegistrations = List.of(
                live.subscribe(
                        event.getUI(), ProposalAnswered.class, e -> e.proposal().equals(id), e -> reload()),
                live.subscribe(
                        event.getUI(), ProposalHidden.class, e -> e.proposal().equals(id), e -> reload()),
                live.onResync(event.getUI(), this::reload));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        liveRegistrations.forEach(Registration::remove);
        liveRegistrations = List.of();
    }

    private void reload() {
        proposals
                .find(proposal.id())
                .ifPresentOrElse(
                        p -> {
                            proposal = p;
                            renderTop();
                        },
                        () -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false)));
    }

    private Component answerForm(ProposalDetails p) {
        Select<ProposalState> state = new Select<>();
        state.setLabel(getTranslation("answer.state"));
        state.setItems(p.state().next());
        state.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        TextArea text = new TextArea(getTranslation("answer.text"));
        text.setMaxLength(5000);
        text.setWidthFull();
        Button answer = new Button(getTranslation("answer.submit"), e -> {
            try {
                proposals.answer(p.id(), state.getValue(), text.getValue());
            } catch (UserFacingException ex) {
                FieldErrors.show(ex, Map.of("state", state, "text", text), this);
                return;
            }
            proposal = proposals.find(p.id()).orElseThrow();
            renderTop();
        });
        answer.addThemeVariants(ButtonVariant.PRIMARY);
        Section form = new Section(new H2(getTranslation("answer.form-heading")), state, text, answer);
        form.addClassName("samskap-card");
        return form;
    }

    @Override
    public String getPageTitle() {
        return (proposal == null ? "" : proposal.title() + " – ") + "Samskap";
    }
}
