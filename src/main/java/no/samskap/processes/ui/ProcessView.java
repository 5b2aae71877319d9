package no.samskap.processes.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samskap.identity.CurrentUser;
import no.samskap.impact.ScenarioService;
import no.samskap.live.LiveUpdates;
import no.samskap.map.LayerStyle;
import no.samskap.map.LeafletMap;
import no.samskap.map.MapFeature;
import no.samskap.map.Maps;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.MunicipalityService;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.processes.Phase;
import no.samskap.processes.PhaseChanged;
import no.samskap.processes.PhaseState;
import no.samskap.processes.ProcessDetails;
import no.samskap.processes.ProcessFollows;
import no.samskap.processes.ProcessService;
import no.samskap.processes.ProcessSettings;
import no.samskap.proposals.ProposalMarker;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.PhaseAction;
import no.samskap.shared.ProcessId;
import no.samskap.shared.SafeMarkdown;
import no.samskap.shared.UserFacingException;
import no.samskap.workshops.WorkshopService;
import no.samskap.workshops.WorkshopSummary;

/**
 * A process: its timeline with the phase it is in, what participants can do now, its proposals on
 * the map, its workshops and scenarios, and what each finished phase heard. Phase changes show live.
 */
@Route("processes/:id")
@AnonymousAllowed
public class ProcessView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProcessService processes;
    private final ProcessFollows follows;
    private final ProposalService proposals;
    private final WorkshopService workshops;
    private final MunicipalityService municipalities;
    private final SelectedMunicipality selected;
    private final CurrentUser currentUser;
    private final LiveUpdates live;
    private final Maps maps;
    private final ProcessSettings settings;
    private final ScenarioService scenarios;
    private final Div content = new Div();
    private ProcessId id;
    private String title = "";
    private Registration subscription;

    public ProcessView(
            ProcessService processes,
            ProcessFollows follows,
            ProposalService proposals,
            WorkshopService workshops,
            MunicipalityService municipalities,
            SelectedMunicipality selected,
            CurrentUser currentUser,
            LiveUpdates live,
            Maps maps,
            ProcessSettings settings,
            ScenarioService scenarios) {
        this.scenarios = scenarios;
        this.processes = processes;
        this.follows = follows;
        this.proposals = proposals;
        this.workshops = workshops;
        this.municipalities = municipalities;
        this.selected = selected;
        this.currentUser = currentUser;
        this.live = live;
        this.maps = maps;
        this.settings = settings;
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("id").flatMap(ProcessId::parse).orElseThrow(NotFoundException::new);
        ProcessDetails process = processes.find(id).orElseThrow(NotFoundException::new);
        if (!process.municipality().equals(selected.get())) {
            selected.set(process.municipality());
        }
        render(process);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        subscription = live.subscribe(
                ui,
                PhaseChanged.class,
                e -> e.process().equals(id),
                e -> processes.find(id).ifPresent(this::render));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    private void render(ProcessDetails process) {
        title = process.title();
        content.removeAll();
        Municipality municipality = municipalities.get(process.municipality());
        boolean manager = processes.mayManage(process.municipality());

        content.add(new H1(process.title()));
        content.add(new Paragraph(getTranslation(
                "process.byline", getTranslation(process.template().messageKey()), process.createdBy())));
        if (!process.description().isBlank()) {
            content.add(new Html(SafeMarkdown.toHtml(process.description())));
        }
        content.add(now(process, manager));
        if (currentUser.get().isPresent()) {
            content.add(follow());
        }

        content.add(new H2(getTranslation("process.timeline")));
        OrderedList timeline = new OrderedList();
        timeline.addClassName("samskap-timeline");
        for (Phase phase : process.phases()) {
            timeline.add(phaseItem(phase, manager));
        }
        content.add(timeline);

        content.add(new H2(getTranslation("process.proposals")));
        List<ProposalMarker> markers = proposals.inProcess(id, settings.mapProposals());
        LeafletMap map = maps.create();
        map.setWidthFull();
        map.setHeight("22rem");
        map.setAriaLabel(getTranslation("process.map", process.title()));
        map.setView(municipality.centreLat(), municipality.centreLon(), municipality.zoom());
        if (process.areaGeoJson() != null) {
            map.setGeoJsonLayer("area", process.areaGeoJson(), new LayerStyle("#7c3aed", 2, 0.08, false));
        } else {
            map.setGeoJsonLayer("area", municipality.boundaryGeoJson(), new LayerStyle("#374151", 2, 0.0, false));
        }
        map.setFeatures(markers.stream()
                .map(m -> new MapFeature(m.id().toString(), m.shapeGeoJson(), m.lat(), m.lon(), "#b45309", m.title()))
                .toList());
        map.addFeatureClickListener(e -> getUI().ifPresent(ui -> ui.navigate("proposals/" + e.getFeatureId())));
        content.add(map);
        if (markers.isEmpty()) {
            content.add(new Paragraph(getTranslation("process.no-proposals")));
        } else {
            UnorderedList list = new UnorderedList();
            markers.forEach(m -> list.add(new ListItem(new Anchor("proposals/" + m.id(), m.title()))));
            content.add(list);
        }

        content.add(new H2(getTranslation("process.workshops")));
        List<WorkshopSummary> own = workshops.inProcess(id);
        if (own.isEmpty()) {
            content.add(new Paragraph(getTranslation("process.no-workshops")));
        } else {
            UnorderedList list = new UnorderedList();
            for (WorkshopSummary w : own) {
                String state =
                        getTranslation("workshop.state." + w.state().name().toLowerCase(Locale.ROOT));
                list.add(new ListItem(
                        manager ? new Anchor("workshops/" + w.id(), w.title()) : new Span(w.title()),
                        new Span(" · " + state)));
            }
            content.add(list);
        }
        content.add(new ProcessScenarios(scenarios, id));
    }

    /** The phase now and what one can do in it, with the official's controls. */
    private Div now(ProcessDetails process, boolean manager) {
        Div box = new Div();
        box.addClassName("samskap-process-now");
        process.openPhase()
                .ifPresentOrElse(
                        open -> {
                            box.add(new Paragraph(getTranslation(
                                    "process.now",
                                    PhaseLabels.name(open, this),
                                    PhaseLabels.dates(open.startsOn(), open.endsOn(), getLocale()))));
                            box.add(new Paragraph(getTranslation("process.now-can", PhaseLabels.actions(open, this))));
                        },
                        () -> box.add(new Paragraph(getTranslation("process.nothing-open"))));
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        if (process.openPhase().map(p -> p.allows(PhaseAction.PROPOSE)).orElse(false)) {
            Button propose = new Button(
                    getTranslation("process.propose"),
                    e -> getUI().ifPresent(ui -> ui.navigate("proposals/new?process=" + id)));
            propose.addThemeVariants(ButtonVariant.PRIMARY);
            buttons.add(propose);
        }
        // Participatory budgets: the ballot while the vote is open, the results page, the official's setup.
        boolean budgeting = process.phases().stream().anyMatch(p -> p.actions().contains(PhaseAction.BUDGET));
        if (process.openPhase().map(p -> p.allows(PhaseAction.BUDGET)).orElse(false)) {
            Button ballot = new Button(
                    getTranslation("process.ballot"),
                    e -> getUI().ifPresent(ui -> ui.navigate("processes/" + id + "/ballot")));
            ballot.addThemeVariants(ButtonVariant.PRIMARY);
            buttons.add(ballot);
        }
        if (budgeting) {
            buttons.add(new Button(
                    getTranslation("process.results"),
                    e -> getUI().ifPresent(ui -> ui.navigate("processes/" + id + "/results"))));
        }
        if (manager && budgeting) {
            buttons.add(new Button(
                    getTranslation("process.budget"),
                    e -> getUI().ifPresent(ui -> ui.navigate("processes/" + id + "/budget"))));
        }
        if (manager) {
            process.nextPhase().ifPresent(next -> {
                Button open = new Button(
                        getTranslation("process.open-next", PhaseLabels.name(next, this)),
                        e -> confirm(
                                getTranslation("process.open-next", PhaseLabels.name(next, this)),
                                getTranslation("process.open-next-text"),
                                () -> processes.openPhase(id, next.position())));
                buttons.add(open);
            });
            process.openPhase().ifPresent(open -> {
                Button close = new Button(
                        getTranslation("process.close-phase"),
                        e -> confirm(
                                getTranslation("process.close-phase"),
                                getTranslation("process.close-phase-text", PhaseLabels.name(open, this)),
                                () -> processes.closePhase(id)));
                buttons.add(close);
            });
            Button workshop = new Button(
                    getTranslation("process.new-workshop"),
                    e -> getUI().ifPresent(ui -> ui.navigate("workshops/new?process=" + id)));
            buttons.add(workshop);
            buttons.add(
                    new Button(getTranslation("process.edit"), e -> new ProcessEditDialog(processes, process).open()));
        }
        box.add(buttons);
        return box;
    }

    private Button follow() {
        boolean following = follows.isFollowing(id);
        Button button = new Button(getTranslation(following ? "process.unfollow" : "process.follow"));
        button.addClickListener(e -> {
            if (follows.isFollowing(id)) {
                follows.unfollow(id);
                button.setText(getTranslation("process.follow"));
            } else {
                follows.follow(id);
                button.setText(getTranslation("process.unfollow"));
            }
        });
        return button;
    }

    private ListItem phaseItem(Phase phase, boolean manager) {
        ListItem item = new ListItem();
        item.addClassName("samskap-phase");
        item.addClassName("samskap-phase-" + phase.state().name().toLowerCase(Locale.ROOT));
        Span state = new Span(PhaseLabels.state(phase, this));
        state.addClassName("samskap-phase-state");
        item.add(new H3(PhaseLabels.name(phase, this)), state);
        item.add(new Paragraph(PhaseLabels.dates(phase.startsOn(), phase.endsOn(), getLocale())));
        item.add(new Paragraph(getTranslation("process.phase-can", PhaseLabels.actions(phase, this))));
        if (phase.summary() != null) {
            Div summary = new Div();
            summary.addClassName("samskap-phase-summary");
            summary.add(new H3(getTranslation("process.summary")));
            summary.add(new Html(SafeMarkdown.toHtml(phase.summary())));
            item.add(summary);
        }
        if (manager && phase.state() != PhaseState.CLOSED) {
            Button dates = new Button(getTranslation("process.change-dates"), e -> reschedule(phase));
            dates.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            item.add(dates);
        }
        if (manager && phase.state() == PhaseState.CLOSED) {
            Button write = new Button(
                    getTranslation(phase.summary() == null ? "process.write-summary" : "process.edit-summary"),
                    e -> writeSummary(phase));
            write.addThemeVariants(ButtonVariant.SMALL);
            item.add(write);
        }
        return item;
    }

    private void reschedule(Phase phase) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("process.change-dates") + " – " + PhaseLabels.name(phase, this));
        DatePicker start = new DatePicker(getTranslation("phase.starts"), phase.startsOn());
        DatePicker end = new DatePicker(getTranslation("phase.ends"), phase.endsOn());
        start.setLocale(getLocale());
        end.setLocale(getLocale());
        Paragraph error = new Paragraph();
        error.addClassName("samskap-error");
        error.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("process.save-dates"), e -> {
            try {
                processes.reschedule(id, phase.position(), start.getValue(), end.getValue());
            } catch (UserFacingException ex) {
                // The dates stay in the dialog.
                error.setText(getTranslation(ex.messageKey(), ex.arguments()));
                return;
            }
            dialog.close();
            processes.find(id).ifPresent(this::render);
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new HorizontalLayout(start, end), error);
        dialog.getFooter().add(new Button(getTranslation("proposal.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void writeSummary(Phase phase) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("process.summary") + " – " + PhaseLabels.name(phase, this));
        TextArea text = new TextArea(getTranslation("process.summary-text"));
        text.setHelperText(getTranslation("process.summary-help"));
        text.setWidth("40rem");
        text.setMinHeight("14em");
        text.setValue(phase.summary() == null ? "" : phase.summary());
        Button publish = new Button(getTranslation("process.publish-summary"));
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.addClickListener(e -> {
            try {
                processes.publishSummary(id, phase.position(), text.getValue());
            } catch (UserFacingException ex) {
                // The text stays in the dialog.
                FieldErrors.show(ex, Map.of("summary", text), this);
                return;
            }
            dialog.close();
            processes.find(id).ifPresent(this::render);
        });
        dialog.add(text);
        dialog.getFooter().add(new Button(getTranslation("proposal.cancel"), e -> dialog.close()), publish);
        dialog.open();
    }

    private void confirm(String header, String text, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("proposal.cancel"));
        dialog.setConfirmText(header);
        dialog.addConfirmListener(e -> {
            action.run();
            processes.find(id).ifPresent(this::render);
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title + " – Samskap";
    }
}
