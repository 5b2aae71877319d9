package no.samskap.workshops.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.samskap.live.LiveUpdates;
import no.samskap.live.Presence;
import no.samskap.live.Visitor;
import no.samskap.map.LeafletMap;
import no.samskap.map.Maps;
import no.samskap.shared.UserFacingException;
import no.samskap.workshops.FacilitatorView;
import no.samskap.workshops.ParticipantId;
import no.samskap.workshops.ProjectorPanel;
import no.samskap.workshops.Round;
import no.samskap.workshops.WorkshopDetails;
import no.samskap.workshops.WorkshopEvent;
import no.samskap.workshops.WorkshopId;
import no.samskap.workshops.WorkshopService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * For the room's big screen: the join code, the map (always following the facilitator), the
 * ideas as they arrive, and the running round's countdown and results. No controls; it renders
 * the same {@link RoomState} as the room.
 */
@Route(value = "workshops/:id/projector", autoLayout = false)
@AnonymousAllowed
public class ProjectorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopService workshops;
    private final LiveUpdates live;
    private final Presence presence;
    private final Maps maps;
    private final ObjectProvider<ProjectorPanel> panels;
    private final List<Registration> registrations = new ArrayList<>();
    private final RoundResults results = new RoundResults(5);
    private final Paragraph roundLine = new Paragraph();
    private final Span headcount = new Span();
    private WorkshopDetails workshop;
    private ParticipantId participant;
    private RoomState state;

    public ProjectorView(
            WorkshopService workshops,
            LiveUpdates live,
            Presence presence,
            Maps maps,
            ObjectProvider<ProjectorPanel> panels) {
        this.workshops = workshops;
        this.panels = panels;
        this.live = live;
        this.presence = presence;
        this.maps = maps;
        addClassName("samskap-projector");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        WorkshopId id =
                event.getRouteParameters().get("id").flatMap(WorkshopId::parse).orElseThrow(NotFoundException::new);
        try {
            participant = WorkshopSession.participant(id, workshops).orElse(null);
            if (participant == null && !workshops.canManage(id)) {
                event.forwardTo(JoinView.class);
                return;
            }
            workshop = workshops.details(id, participant);
        } catch (UserFacingException e) {
            throw new NotFoundException();
        }
        render();
    }

    private void render() {
        removeAll();
        state = new RoomState(workshop, workshops.sharedView(workshop.id()).orElse(null));

        H1 title = new H1(workshop.title());
        Paragraph join = new Paragraph();
        join.addClassName("samskap-projector-join");
        Span code = new Span(workshop.joinCode());
        code.addClassName("samskap-join-code-value");
        join.add(new Span(getTranslation("workshop.join-code") + ": "), code);
        headcount.addClassName("samskap-projector-headcount");
        HorizontalLayout top = new HorizontalLayout(title, join, headcount);
        top.setWidthFull();
        top.setAlignItems(Alignment.BASELINE);
        top.setFlexGrow(1, title);

        LeafletMap map = maps.create();
        map.setSizeFull();
        map.setAriaLabel(getTranslation("workshop.map", workshop.title()));
        WorkshopMaps.showArea(map, workshop);
        map.setFeatures(WorkshopMaps.features(workshop, state.pins(), k -> getTranslation(k)));
        follow(map, state.view());
        state.addListener(WorkshopMaps.pinsOn(map));
        state.addListener(new RoomState.Listener() {
            @Override
            public void roundChanged(Round round, boolean newRound) {
                renderRound();
            }

            @Override
            public void totalsChanged(Round round) {
                results.show(round);
            }

            @Override
            public void viewMoved(FacilitatorView view) {
                follow(map, view);
            }

            @Override
            public void ended() {
                reload();
            }
        });

        Div side = new Div(roundLine, results);
        // What other modules show for the workshop's process, e.g. a participatory budget's running count.
        workshops
                .processOf(workshop.id())
                .ifPresent(process -> panels.orderedStream()
                        .forEach(panel -> panel.create(workshop.id(), process).ifPresent(side::add)));
        side.addClassName("samskap-projector-side");
        side.setWidth("34rem");
        renderRound();
        HorizontalLayout body = new HorizontalLayout(map, side);
        body.setSizeFull();
        body.setFlexGrow(1, map);
        add(top, body);
        setFlexGrow(1, body);
    }

    /** The big screen always shows what the facilitator shows, while "follow me" is on. */
    private static void follow(LeafletMap map, FacilitatorView view) {
        if (view != null && view.followMe()) {
            map.setView(view.lat(), view.lon(), view.zoom());
        }
    }

    private void renderRound() {
        Round round = state.round();
        roundLine.removeAll();
        results.show(round);
        if (round != null && round.open()) {
            Countdown countdown = new Countdown();
            countdown.setRemaining(Duration.between(Instant.now(), round.endsAt()));
            roundLine.add(new Span(getTranslation("workshop.round.running", round.number()) + " "), countdown);
        } else if (!workshop.isOpen()) {
            roundLine.setText(getTranslation("workshop.state.ended"));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (workshop == null) {
            return;
        }
        WorkshopId id = workshop.id();
        // Every kind of workshop event changes what the big screen shows; other workshops' events are not wanted here.
        registrations.add(live.subscribe(
                event.getUI(), WorkshopEvent.class, e -> e.workshop().equals(id), e -> state.apply(e)));
        registrations.add(live.onResync(event.getUI(), this::reload));
        registrations.add(presence.watch(event.getUI(), "workshop:" + id, this::showHeadcount));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    private void showHeadcount(List<Visitor> here) {
        headcount.setText(getTranslation("workshop.headcount", here.size()));
    }

    private void reload() {
        workshop = workshops.details(workshop.id(), participant);
        render();
    }

    @Override
    public String getPageTitle() {
        return (workshop == null ? "" : workshop.title() + " – ") + getTranslation("workshop.projector") + " – Samskap";
    }
}
