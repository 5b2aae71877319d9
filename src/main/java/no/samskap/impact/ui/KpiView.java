package no.samskap.impact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.Role;
import no.samskap.impact.KpiService;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.UserFacingException;

/** The U4SSC KPIs by dimension, their baselines and the proposals that move them. */
@Route("kpis")
@Menu(order = 3, title = "menu.kpis")
@AnonymousAllowed
public class KpiView extends VerticalLayout implements HasDynamicTitle {

    private final KpiService kpis;
    private final Municipality municipality;
    private final boolean official;
    private final Div content = new Div();

    public KpiView(KpiService kpis, SelectedMunicipality selected, CurrentUser currentUser) {
        this.kpis = kpis;
        this.municipality = selected.municipality();
        this.official = currentUser
                .get()
                .filter(u -> (u.role() == Role.OFFICIAL || u.role() == Role.ADMIN) && u.belongsTo(municipality.id()))
                .isPresent();
        content.setWidthFull();
        add(
                new H1(getTranslation("kpi.heading", municipality.name())),
                new Paragraph(getTranslation("kpi.intro")),
                content);
        render();
    }

    private void render() {
        content.removeAll();
        Map<String, List<KpiService.KpiRow>> byDimension = kpis.rows(municipality.id()).stream()
                .collect(Collectors.groupingBy(r -> r.kpi().dimension(), LinkedHashMap::new, Collectors.toList()));
        byDimension.forEach((dimension, rows) -> {
            Grid<KpiService.KpiRow> grid = new Grid<>();
            grid.addColumn(r -> r.kpi().code())
                    .setHeader(getTranslation("kpi.code"))
                    .setAutoWidth(true);
            grid.addColumn(r -> r.kpi().name())
                    .setHeader(getTranslation("kpi.name"))
                    .setFlexGrow(3);
            grid.addColumn(r -> r.kpi().sdgGoals()).setHeader(getTranslation("kpi.sdgs"));
            grid.addColumn(r -> r.baseline()
                            .map(b -> b.value() + " (" + b.year() + ", " + b.source() + ")")
                            .orElse("–"))
                    .setHeader(getTranslation("kpi.baseline"))
                    .setFlexGrow(2);
            grid.addComponentColumn(r -> {
                        Div links = new Div();
                        r.proposals().stream().limit(3).forEach(p -> {
                            links.add(new Anchor("proposals/" + p.id(), p.title()));
                            links.add(new Span(" "));
                        });
                        if (r.proposals().size() > 3) {
                            links.add(new Span(
                                    getTranslation("kpi.more", r.proposals().size() - 3)));
                        }
                        return links;
                    })
                    .setHeader(getTranslation("kpi.proposals"))
                    .setFlexGrow(2);
            if (official) {
                grid.addComponentColumn(r -> {
                    Button edit = new Button(getTranslation("kpi.edit"), e -> edit(r));
                    edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                    return edit;
                });
            }
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setItems(rows);
            grid.setAllRowsVisible(true);
            grid.setAriaLabel(dimension);
            content.add(new H2(dimension), grid);
        });
    }

    private void edit(KpiService.KpiRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(row.kpi().code() + " " + row.kpi().name());
        TextField value = new TextField(getTranslation("kpi.value"));
        IntegerField year = new IntegerField(getTranslation("kpi.year"));
        TextField source = new TextField(getTranslation("kpi.source"));
        source.setWidthFull();
        row.baseline().ifPresent(b -> {
            value.setValue(b.value());
            year.setValue(b.year());
            source.setValue(b.source());
        });
        Button save = new Button(getTranslation("comments.save"), e -> {
            try {
                kpis.setBaseline(
                        municipality.id(), row.kpi().id(), value.getValue(), year.getValue(), source.getValue());
            } catch (UserFacingException ex) {
                FieldErrors.show(ex, Map.of("value", value, "year", year, "source", source), dialog);
                return;
            }
            dialog.close();
            render();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new VerticalLayout(value, year, source));
        dialog.getFooter().add(new Button(getTranslation("proposal.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.kpis") + " – Samskap";
    }
}
