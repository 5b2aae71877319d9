package no.samskap.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import no.samskap.audit.AuditRecord;
import no.samskap.audit.AuditService;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.SelectedMunicipality;

/** The audit log of the selected municipality, newest first; read-only by construction. */
@Route("audit")
@Menu(order = 11, title = "menu.audit")
@RolesAllowed({"OFFICIAL", "ADMIN"})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    public AuditView(AuditService audit, SelectedMunicipality selected) {
        Municipality municipality = selected.municipality();
        setSizeFull();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Oslo"));
        Grid<AuditRecord> grid = new Grid<>();
        grid.addColumn(r -> format.format(r.at())).setHeader(getTranslation("audit.at"));
        grid.addColumn(AuditRecord::actorName).setHeader(getTranslation("audit.actor"));
        grid.addColumn(AuditRecord::action).setHeader(getTranslation("audit.action"));
        grid.addColumn(r -> r.targetType() + " " + r.targetId()).setHeader(getTranslation("audit.target"));
        grid.addColumn(r -> r.detail() == null ? "" : r.detail()).setHeader(getTranslation("audit.detail"));
        grid.setItems(q -> audit.entries(municipality.id(), q.getPage(), q.getPageSize()).stream());
        grid.setAriaLabel(getTranslation("menu.audit"));
        add(new H1(getTranslation("audit.heading", municipality.name())), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit") + " – Samskap";
    }
}
