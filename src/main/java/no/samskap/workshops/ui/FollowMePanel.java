package no.samskap.workshops.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import no.samskap.map.LeafletMap;
import no.samskap.shared.SamskapIcon;
import no.samskap.shared.UserFacingException;
import no.samskap.workshops.FacilitatorView;
import no.samskap.workshops.WorkshopService;

/**
 * "Follow me": for the facilitator a toggle that shares their map view; for participants, whether
 * their map follows it, and a way back after they moved their map themselves.
 */
class FollowMePanel extends Div implements RoomState.Listener {

    private final WorkshopService workshops;
    private final RoomState state;
    private final LeafletMap map;
    private final boolean manager;
    // A toggle button (aria-pressed), not a checkbox: "Follow me" is something the facilitator does.
    private final Button followMe = new Button();
    private final Div followStatus = new Div();
    private boolean followMeOn;
    private boolean following = true;
    /** Whether participants were asked to follow at the last view change: a new "follow me" asks them again. */
    private boolean asked;

    private double[] myCentre;
    private int myZoom;

    FollowMePanel(WorkshopService workshops, RoomState state, LeafletMap map, boolean manager) {
        this.workshops = workshops;
        this.state = state;
        this.map = map;
        this.manager = manager;
        addClassName("samskap-follow");
        map.addViewportChangeListener(e -> {
            myCentre = new double[] {e.getCentreLat(), e.getCentreLon()};
            myZoom = e.getZoom();
            if (manager && followMeOn) {
                workshops.shareView(
                        state.workshop().id(),
                        new FacilitatorView(e.getCentreLat(), e.getCentreLon(), e.getZoom(), true));
            } else if (!manager && e.isByUser() && following && state.isFollowMeOn()) {
                following = false;
                renderFollowStatus();
            }
        });
        if (manager) {
            followMe.setText(getTranslation("workshop.follow-me"));
            followMe.setIcon(SamskapIcon.CROSSHAIRS.create());
            followMe.addClassName("samskap-follow-me");
            followMe.setEnabled(state.workshop().isOpen());
            followMe.addClickListener(e -> toggle());
            showFollowMe(state.view() != null && state.view().followMe());
            Span help = new Span(getTranslation("workshop.follow-me-help"));
            help.addClassName("samskap-hint");
            add(followMe, help);
        } else {
            add(followStatus);
            renderFollowStatus();
            if (state.isFollowMeOn()) {
                applyFacilitatorView();
            }
        }
        asked = state.isFollowMeOn();
        state.addListener(this);
    }

    private void toggle() {
        double[] centre = myCentre != null ? myCentre : WorkshopMaps.centre(state.workshop());
        int zoom = myCentre != null ? myZoom : WorkshopMaps.ZOOM;
        boolean on = !followMeOn;
        try {
            workshops.shareView(state.workshop().id(), new FacilitatorView(centre[0], centre[1], zoom, on));
            showFollowMe(on);
        } catch (UserFacingException ex) {
            RoomNotifications.error(this, ex);
        }
    }

    @Override
    public void viewMoved(FacilitatorView view) {
        if (manager) {
            showFollowMe(view.followMe());
            return;
        }
        if (!asked && state.isFollowMeOn()) {
            following = true;
        }
        asked = state.isFollowMeOn();
        renderFollowStatus();
        if (following && state.isFollowMeOn()) {
            applyFacilitatorView();
        }
    }

    private void showFollowMe(boolean on) {
        followMeOn = on;
        followMe.getElement().setAttribute("aria-pressed", String.valueOf(on));
        if (on) {
            followMe.addThemeVariants(ButtonVariant.PRIMARY);
        } else {
            followMe.removeThemeVariants(ButtonVariant.PRIMARY);
        }
    }

    private void renderFollowStatus() {
        followStatus.removeAll();
        if (!state.isFollowMeOn()) {
            return;
        }
        if (following) {
            Span status = new Span(getTranslation("workshop.following"));
            status.getElement().setAttribute("role", "status");
            followStatus.add(status);
        } else {
            Button again = new Button(getTranslation("workshop.follow-again"), e -> {
                following = true;
                renderFollowStatus();
                applyFacilitatorView();
            });
            again.addThemeVariants(ButtonVariant.SMALL);
            followStatus.add(new Span(getTranslation("workshop.not-following") + " "), again);
        }
    }

    private void applyFacilitatorView() {
        FacilitatorView view = state.view();
        if (view != null) {
            map.setView(view.lat(), view.lon(), view.zoom());
        }
    }
}
