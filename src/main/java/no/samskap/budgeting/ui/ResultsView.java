package no.samskap.budgeting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.samskap.budgeting.BallotCounted;
import no.samskap.budgeting.BudgetResults;
import no.samskap.budgeting.Results;
import no.samskap.impact.CombinedImpact;
import no.samskap.live.LiveUpdates;
import no.samskap.processes.PhaseChanged;
import no.samskap.processes.ProcessDetails;
import no.samskap.processes.ProcessService;
import no.samskap.voting.StakeholderType;

/**
 * The count of a participatory budget: projects ranked by votes, what the budget funds, and what
 * the funded projects achieve together. Officials follow it live while ballots come in; everyone
 * sees it when the vote has ended, the moment an official closes the phase.
 */
@Route("processes/:id/results")
@AnonymousAllowed
public class ResultsView extends ProcessPage {

    private final BudgetResults budgets;
    private final ProcessService processes;
    private final LiveUpdates live;
    private final CombinedImpact combinedImpact;
    private Registration ballots;
    private Registration phases;
    private boolean renderPending;

    public ResultsView(
            BudgetResults budgets, ProcessService processes, LiveUpdates live, CombinedImpact combinedImpact) {
        this.budgets = budgets;
        this.processes = processes;
        this.live = live;
        this.combinedImpact = combinedImpact;
    }

    @Override
    protected void enter() {
        render();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        ballots = live.subscribe(ui, BallotCounted.class, e -> e.process().equals(id), e -> renderSoon(ui));
        phases = live.subscribe(ui, PhaseChanged.class, e -> e.process().equals(id), e -> renderSoon(ui));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (ballots != null) {
            ballots.remove();
            phases.remove();
        }
    }

    /** One recount per push, however many ballots arrived in it. */
    private void renderSoon(UI ui) {
        if (!renderPending) {
            renderPending = true;
            ui.beforeClientResponse(this, context -> {
                renderPending = false;
                render();
            });
        }
    }

    private void render() {
        ProcessDetails process = processes.find(id).orElseThrow(NotFoundException::new);
        content.removeAll();
        content.add(new H1(getTranslation("results.heading", process.title())));
        Optional<Results> maybe = budgets.results(id);
        if (maybe.isEmpty()) {
            content.add(new Paragraph(getTranslation("results.not-yet")));
            content.add(new Paragraph(new Anchor("processes/" + id, getTranslation("ballot.back-to-process"))));
            return;
        }
        Results r = maybe.get();
        Paragraph state = new Paragraph(getTranslation(r.finalResult() ? "results.final" : "results.running"));
        state.getElement().setAttribute("role", "status");
        content.add(state);
        content.add(new Paragraph(getTranslation(
                "results.summary",
                r.ballots(),
                r.paperBallots(),
                Money.nok(r.selectedNok(), getLocale()),
                Money.nok(r.budgetNok(), getLocale()))));

        Grid<Results.Row> grid = new Grid<>();
        grid.addColumn(row -> r.ranked().indexOf(row) + 1)
                .setHeader(getTranslation("results.rank"))
                .setAutoWidth(true);
        grid.addComponentColumn(row -> new Anchor(
                        "proposals/" + row.item().proposal(), row.item().title()))
                .setHeader(getTranslation("results.project"))
                .setFlexGrow(3);
        grid.addColumn(row ->
                        row.item().districtName() == null ? "" : row.item().districtName())
                .setHeader(getTranslation("results.district"));
        grid.addColumn(row -> Money.nok(row.item().costNok(), getLocale())).setHeader(getTranslation("results.cost"));
        grid.addColumn(row -> row.paperVotes() == 0
                        ? Integer.toString(row.votes())
                        : getTranslation("results.votes-paper", row.votes(), row.paperVotes()))
                .setHeader(getTranslation("results.votes"));
        grid.addColumn(row -> getTranslation(
                        "results.by-stakeholder",
                        row.byStakeholder().getOrDefault(StakeholderType.RESIDENT, 0),
                        row.byStakeholder().getOrDefault(StakeholderType.BUSINESS, 0),
                        row.byStakeholder().getOrDefault(StakeholderType.OFFICIAL, 0)))
                .setHeader(getTranslation("results.who"))
                .setFlexGrow(2);
        grid.addColumn(row -> getTranslation(row.selected() ? "results.funded" : "results.not-funded"))
                .setHeader(getTranslation("results.selection"));
        grid.setItems(r.ranked());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("results.heading", process.title()));
        content.add(grid);

        content.add(new H2(getTranslation("results.by-district")));
        Grid<Results.District> districts = new Grid<>();
        districts
                .addColumn(d -> d.name() == null ? getTranslation("results.no-district") : d.name())
                .setHeader(getTranslation("results.district"))
                .setFlexGrow(2);
        districts
                .addColumn(d -> d.shareNok() == null ? "" : Money.nok(d.shareNok(), getLocale()))
                .setHeader(getTranslation("results.share"));
        districts.addColumn(Results.District::projects).setHeader(getTranslation("results.projects"));
        districts.addColumn(Results.District::votes).setHeader(getTranslation("results.votes"));
        districts
                .addColumn(d -> d.funded() + " · " + Money.nok(d.fundedNok(), getLocale()))
                .setHeader(getTranslation("results.funded-there"));
        districts.setItems(r.byDistrict());
        districts.setAllRowsVisible(true);
        districts.setAriaLabel(getTranslation("results.by-district"));
        content.add(districts);

        // Counted afresh when asked for, not on every ballot that arrives.
        String fileName = "results-" + id + ".csv";
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = budgets.resultsCsv(id).orElse("").getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), fileName, "text/csv; charset=utf-8", bytes.length);
                }),
                getTranslation("results.csv"));
        download.getElement().setAttribute("download", fileName);
        content.add(new Paragraph(download));

        content.add(new H2(getTranslation("results.impact")));
        CombinedImpact.Panel impact = combinedImpact.panel();
        impact.show((int) r.ranked().stream().filter(Results.Row::selected).count(), r.selectedImpact());
        content.add(impact);
        content.add(new Paragraph(new Anchor("processes/" + id, getTranslation("ballot.back-to-process"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.title") + " – Samskap";
    }
}
