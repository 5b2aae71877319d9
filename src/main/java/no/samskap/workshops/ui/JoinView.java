package no.samskap.workshops.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.samskap.identity.CurrentUser;
import no.samskap.shared.UserFacingException;
import no.samskap.workshops.WorkshopService;

/**
 * The join link a facilitator shares ({@code /workshops/join/ABC234}): signed-in users go
 * straight in, others give a name first.
 */
@Route("workshops/join/:code?")
@AnonymousAllowed
public class JoinView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopService workshops;
    private final CurrentUser currentUser;

    public JoinView(WorkshopService workshops, CurrentUser currentUser) {
        this.workshops = workshops;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        removeAll();
        UserFacingException refused = null;
        if (currentUser.get().isPresent() && !code.isEmpty()) {
            try {
                WorkshopService.Joined joined = WorkshopSession.join(workshops, code, null);
                event.forwardTo(
                        WorkshopRoomView.class,
                        new RouteParameters("id", joined.workshop().toString()));
                return;
            } catch (UserFacingException e) {
                refused = e; // an ended workshop, a mistyped link: said next to the code below
            }
        }
        JoinForm form = new JoinForm(workshops, currentUser.get().isPresent(), WorkshopService.normaliseCode(code));
        add(new H1(getTranslation("workshop.join-heading")), form);
        if (refused != null) {
            form.showError(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.join-heading") + " – Samskap";
    }
}
