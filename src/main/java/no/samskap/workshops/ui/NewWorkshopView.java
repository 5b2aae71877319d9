package no.samskap.workshops.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import no.samskap.map.DrawMode;
import no.samskap.map.LayerStyle;
import no.samskap.map.LeafletMap;
import no.samskap.map.Maps;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.proposals.ProposalQuery;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalSummary;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.ProcessId;
import no.samskap.shared.UserFacingException;
import no.samskap.workshops.WorkshopService;

/** "New workshop": a title, an area drawn on the map (or the visible part of it), and proposals to work on. */
@Route("workshops/new")
@RolesAllowed({"FACILITATOR", "OFFICIAL", "ADMIN"})
public class NewWorkshopView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final TextField title = new TextField();
    private final MultiSelectComboBox<ProposalSummary> proposalPicker = new MultiSelectComboBox<>();
    private final Paragraph areaError = new Paragraph();
    private final LeafletMap map;
    private String drawnArea;
    private String visibleArea;
    // Set when the workshop is made from a process's page (?process=<id>); the server checks it.
    private ProcessId process;

    public NewWorkshopView(
            WorkshopService workshops, ProposalService proposals, SelectedMunicipality selected, Maps maps) {
        Municipality municipality = selected.municipality();
        title.setLabel(getTranslation("workshop.title"));
        title.setMaxLength(120);
        title.setWidth("28rem");
        title.setRequiredIndicatorVisible(true);
        proposalPicker.setLabel(getTranslation("workshop.proposals"));
        proposalPicker.setHelperText(getTranslation("workshop.proposals-help"));
        proposalPicker.setItems(
                proposals.search(ProposalQuery.all(municipality.id()), 0, 500).getContent());
        proposalPicker.setItemLabelGenerator(ProposalSummary::title);
        proposalPicker.setWidth("28rem");

        map = maps.create();
        map.setWidthFull();
        map.setHeight("26rem");
        map.setAriaLabel(getTranslation("workshop.area-map"));
        map.setView(municipality.centreLat(), municipality.centreLon(), municipality.zoom());
        map.setGeoJsonLayer("boundary", municipality.boundaryGeoJson(), new LayerStyle("#374151", 2, 0.0, false));
        map.setDrawMode(DrawMode.POLYGON);
        // Until the map reports what it shows, the middle of the municipality.
        visibleArea = WorkshopMaps.rectangle(
                municipality.centreLat() - 0.02,
                municipality.centreLon() - 0.04,
                municipality.centreLat() + 0.02,
                municipality.centreLon() + 0.04);
        map.addShapeDrawnListener(e -> drawnArea = e.getGeoJson());
        map.addViewportChangeListener(
                e -> visibleArea = WorkshopMaps.rectangle(e.getSouth(), e.getWest(), e.getNorth(), e.getEast()));
        areaError.getElement().setAttribute("role", "alert");
        areaError.addClassName("samskap-error");
        areaError.setVisible(false);

        Button create = new Button(getTranslation("workshop.create"), e -> {
            Map<String, TextField> fields = Map.of("title", title);
            FieldErrors.clear(fields);
            areaError.setVisible(false);
            proposalPicker.setInvalid(false);
            try {
                String area = drawnArea != null ? drawnArea : visibleArea;
                WorkshopService.Joined joined = workshops.create(
                        municipality.id(),
                        process,
                        title.getValue(),
                        area,
                        proposalPicker.getValue().stream()
                                .map(ProposalSummary::id)
                                .toList());
                WorkshopSession.remember(joined);
                getUI().ifPresent(ui -> ui.navigate(
                        WorkshopRoomView.class,
                        new RouteParameters("id", joined.workshop().toString())));
            } catch (UserFacingException ex) {
                String message = getTranslation(ex.messageKey(), ex.arguments());
                if ("area".equals(ex.field())) {
                    areaError.setText(message);
                    areaError.setVisible(true);
                } else if ("proposals".equals(ex.field())) {
                    proposalPicker.setErrorMessage(message);
                    proposalPicker.setInvalid(true);
                } else {
                    FieldErrors.show(ex, fields, this);
                }
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Button clear = new Button(getTranslation("workshop.clear-area"), e -> {
            drawnArea = null;
            map.clearDrawnShape();
        });

        add(
                new H1(getTranslation("workshop.new")),
                title,
                proposalPicker,
                new Paragraph(getTranslation("workshop.area-help")),
                map,
                areaError,
                new HorizontalLayout(create, clear));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        process = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("process")
                .flatMap(ProcessId::parse)
                .orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.new") + " – Samskap";
    }
}
