package no.samskap.workshops.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import no.samskap.identity.CurrentUser;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.shared.SamskapIcon;
import no.samskap.workshops.WorkshopService;
import no.samskap.workshops.WorkshopSummary;

/** Joining a workshop by code; for facilitators also their municipality's workshops and a new one. */
@Route("workshops")
@Menu(order = 4, title = "menu.workshops")
@AnonymousAllowed
public class WorkshopsView extends VerticalLayout implements HasDynamicTitle {

    public WorkshopsView(WorkshopService workshops, CurrentUser currentUser, SelectedMunicipality selected) {
        add(new H1(getTranslation("workshop.heading")));
        add(new JoinForm(workshops, currentUser.get().isPresent(), null));
        List<WorkshopSummary> mine =
                workshops.forMunicipality(selected.municipality().id());
        boolean facilitator = currentUser
                .get()
                .map(u -> switch (u.role()) {
                    case FACILITATOR, OFFICIAL, ADMIN ->
                        u.belongsTo(selected.municipality().id());
                    default -> false;
                })
                .orElse(false);
        if (facilitator) {
            Button create = new Button(
                    getTranslation("workshop.new"),
                    SamskapIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(NewWorkshopView.class)));
            create.addThemeVariants(ButtonVariant.PRIMARY);
            Grid<WorkshopSummary> grid = new Grid<>();
            grid.addComponentColumn(w -> new Anchor("workshops/" + w.id(), w.title()))
                    .setHeader(getTranslation("workshop.title"))
                    .setFlexGrow(3);
            grid.addColumn(WorkshopSummary::joinCode).setHeader(getTranslation("workshop.join-code"));
            grid.addColumn(w ->
                            getTranslation("workshop.state." + w.state().name().toLowerCase(Locale.ROOT)))
                    .setHeader(getTranslation("workshop.state"));
            grid.addColumn(WorkshopSummary::participants).setHeader(getTranslation("workshop.participants"));
            grid.addColumn(WorkshopSummary::facilitatorName).setHeader(getTranslation("workshop.facilitator"));
            grid.setItems(mine);
            grid.setAllRowsVisible(true);
            grid.setAriaLabel(getTranslation("workshop.list"));
            add(new H2(getTranslation("workshop.list")), create, grid);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.heading") + " – Samskap";
    }
}
