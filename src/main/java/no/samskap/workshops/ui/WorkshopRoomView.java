package no.samskap.workshops.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.samskap.identity.CurrentUser;
import no.samskap.live.LiveUpdates;
import no.samskap.live.Presence;
import no.samskap.live.PresenceAvatars;
import no.samskap.live.Visitor;
import no.samskap.map.LeafletMap;
import no.samskap.map.Maps;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.UserFacingException;
import no.samskap.workshops.ParticipantId;
import no.samskap.workshops.WorkshopDetails;
import no.samskap.workshops.WorkshopEvent;
import no.samskap.workshops.WorkshopId;
import no.samskap.workshops.WorkshopService;

/**
 * A workshop room: the shared map with the area, proposals and ideas, who is here, "follow me",
 * idea pins, timed dot-voting rounds with live results, and (at the end) the results as CSV.
 * The panels render one {@link RoomState}, which the workshop's live events keep current; what the
 * user does goes through the service, which checks it.
 */
@Route("workshops/:id")
@AnonymousAllowed
public class WorkshopRoomView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopService workshops;
    private final LiveUpdates live;
    private final Presence presence;
    private final Maps maps;
    private final CurrentUser currentUser;
    private final List<Registration> registrations = new ArrayList<>();

    private WorkshopId id;
    private ParticipantId participant;
    private boolean manager;
    private RoomState state;
    // Kept across reloads, so what the user typed or set survives the room being shown again.
    private IdeaForm ideaForm;
    private RoundControls roundControls;

    public WorkshopRoomView(
            WorkshopService workshops, LiveUpdates live, Presence presence, Maps maps, CurrentUser currentUser) {
        this.workshops = workshops;
        this.live = live;
        this.presence = presence;
        this.maps = maps;
        this.currentUser = currentUser;
        addClassName("samskap-workshop");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("id").flatMap(WorkshopId::parse).orElseThrow(NotFoundException::new);
        WorkshopDetails workshop;
        try {
            manager = workshops.canManage(id);
            participant = WorkshopSession.participant(id, workshops).orElse(null);
            if (participant == null && !manager) {
                Notification.show(getTranslation("workshop.join-first"), 5000, Notification.Position.MIDDLE);
                event.forwardTo(JoinView.class);
                return;
            }
            workshop = workshops.details(id, participant);
        } catch (UserFacingException e) {
            throw new NotFoundException();
        }
        render(workshop);
    }

    private Visitor visitor(WorkshopDetails workshop) {
        if (currentUser.get().isPresent()) {
            return currentUser.visitor();
        }
        String name = WorkshopSession.name(workshop.id()).orElse(getTranslation("presence.guest"));
        return new Visitor("guest:" + participant, name, true);
    }

    private void render(WorkshopDetails workshop) {
        removeAll();
        state = new RoomState(workshop, workshops.sharedView(workshop.id()).orElse(null));

        LeafletMap map = maps.create();
        map.setAriaLabel(getTranslation("workshop.map", workshop.title()));
        WorkshopMaps.showArea(map, workshop);
        map.setFeatures(WorkshopMaps.features(workshop, state.pins(), k -> getTranslation(k)));
        state.addListener(WorkshopMaps.pinsOn(map));

        IdeaList ideas = new IdeaList(workshops, state, manager);
        map.addFeatureClickListener(e -> ideas.highlight(e.getFeatureId()));

        VerticalLayout side = new VerticalLayout();
        side.setPadding(false);
        side.addClassName("samskap-workshop-side");
        side.add(
                new H2(getTranslation("workshop.participants")),
                new PresenceAvatars(presence, "workshop:" + workshop.id(), visitor(workshop)));
        side.add(new FollowMePanel(workshops, state, map, manager));
        if (workshop.isOpen() && participant != null) {
            IdeaForm previous = ideaForm;
            ideaForm = new IdeaForm(workshops, state, participant, map);
            if (previous != null) {
                ideaForm.carryOver(previous);
            }
            side.add(ideaForm);
        }
        side.add(new H2(getTranslation("workshop.ideas")), ideas);
        side.add(new H2(getTranslation("workshop.voting")));
        if (manager && workshop.isOpen()) {
            RoundControls previous = roundControls;
            roundControls = new RoundControls(workshops, state);
            if (previous != null) {
                roundControls.carryOver(previous);
            }
            side.add(roundControls);
        }
        side.add(new VotingPanel(workshops, state, participant, this::reload));
        side.add(new EndPanel(workshops, workshop, participant, manager));
        state.addListener(new RoomState.Listener() {
            @Override
            public void ended() {
                reload();
            }

            @Override
            public void guestRemoved(ParticipantId removed) {
                if (removed.equals(participant)) {
                    Notification.show(getTranslation("workshop.you-were-removed"), 8000, Notification.Position.MIDDLE);
                    getUI().ifPresent(ui -> ui.navigate(WorkshopsView.class));
                }
            }
        });

        HorizontalLayout body = new HorizontalLayout(map, side);
        body.addClassName("samskap-workshop-body");
        body.setWidthFull();
        add(heading(workshop), joinInfo(workshop), body);
    }

    private HorizontalLayout heading(WorkshopDetails workshop) {
        H1 title = new H1(workshop.title());
        Span badge = new Span(
                getTranslation("workshop.state." + workshop.state().name().toLowerCase(Locale.ROOT)));
        badge.getElement().getThemeList().add(workshop.isOpen() ? "badge success" : "badge contrast");
        HorizontalLayout heading = new HorizontalLayout(title, badge);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        return heading;
    }

    private Paragraph joinInfo(WorkshopDetails workshop) {
        Paragraph code = new Paragraph();
        code.addClassName("samskap-join-info");
        Span codeValue = new Span(workshop.joinCode());
        codeValue.addClassName("samskap-join-code-value");
        Anchor link = new Anchor("workshops/join/" + workshop.joinCode(), getTranslation("workshop.join-link"));
        code.add(new Span(getTranslation("workshop.join-code") + ": "), codeValue, new Span(" · "), link);
        if (manager) {
            Anchor projector =
                    new Anchor("workshops/" + workshop.id() + "/projector", getTranslation("workshop.projector"));
            projector.setTarget("_blank");
            code.add(new Span(" · "), projector);
        }
        return code;
    }

    // ---- live ------------------------------------------------------------------------------

    @Override
    protected void onAttach(AttachEvent event) {
        if (state == null) {
            return;
        }
        WorkshopId shown = id;
        UI ui = event.getUI();
        // Every kind of workshop event changes what this room shows; other workshops' events are not wanted here.
        registrations.add(
                live.subscribe(ui, WorkshopEvent.class, e -> e.workshop().equals(shown), e -> state.apply(e)));
        registrations.add(live.onResync(ui, this::reload));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    private void reload() {
        try {
            render(workshops.details(id, participant));
        } catch (AccessDeniedException e) {
            getUI().ifPresent(ui -> ui.navigate(WorkshopsView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return (state == null
                        ? getTranslation("workshop.heading")
                        : state.workshop().title()) + " – Samskap";
    }
}
