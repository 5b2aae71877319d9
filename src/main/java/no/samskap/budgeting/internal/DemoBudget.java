package no.samskap.budgeting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samskap.budgeting.BudgetSetup;
import no.samskap.identity.DemoActor;
import no.samskap.processes.PhaseInput;
import no.samskap.processes.PhaseKind;
import no.samskap.processes.ProcessInput;
import no.samskap.processes.ProcessService;
import no.samskap.processes.ProcessSummary;
import no.samskap.processes.ProcessTemplate;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.PhaseAction;
import no.samskap.shared.ProcessId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A participatory budget in Bærum whose vote is open, for the demo: four projects with costs and
 * impact estimates, made through the services as the demo official and a demo resident.
 */
@Component
@Profile("demo")
@Order(30)
class DemoBudget implements ApplicationRunner {

    static final String TITLE = "Folkebudsjett Bærum 2027";
    private static final MunicipalityId BAERUM = MunicipalityId.of("baerum");

    private final DemoActor demo;
    private final ProcessService processes;
    private final ProposalService proposals;
    private final BudgetSetup setup;
    private final Clock clock;

    DemoBudget(DemoActor demo, ProcessService processes, ProposalService proposals, BudgetSetup setup, Clock clock) {
        this.demo = demo;
        this.processes = processes;
        this.proposals = proposals;
        this.setup = setup;
        this.clock = clock;
    }

    private record Project(
            String title, String category, double lon, double lat, Map<String, Double> inputs, long cost) {}

    private static final List<Project> PROJECTS = List.of(
            new Project(
                    "Solceller på Hosle skole",
                    "ROOFTOP_SOLAR",
                    10.548,
                    59.936,
                    Map.of("kwp", 80.0, "household", 0.0),
                    900_000),
            new Project(
                    "LED i gatelysene på Stabekk",
                    "LED_STREET_LIGHTING",
                    10.588,
                    59.909,
                    Map.of("fittings", 250.0, "wattsBefore", 150.0, "wattsAfter", 45.0),
                    750_000),
            new Project(
                    "Reparasjonskafé på Bekkestua bibliotek",
                    "REUSE_REPAIR_CENTRE",
                    10.586,
                    59.918,
                    Map.of("furnitureItems", 400.0, "electronicsKg", 1500.0),
                    300_000),
            new Project(
                    "Utstyrsbod for lån på Fornebu",
                    "SHARING_LIBRARY",
                    10.622,
                    59.897,
                    Map.of("itemsLent", 1200.0, "kgCo2PerLoan", 8.0),
                    250_000));

    @Override
    public void run(ApplicationArguments args) {
        boolean present = demo.as(
                "saksbehandler",
                () -> processes.list(BAERUM).stream().map(ProcessSummary::title).anyMatch(TITLE::equals));
        if (present) {
            return;
        }
        LocalDate t = LocalDate.now(clock.withZone(ZoneId.of("Europe/Oslo")));
        // Made as it would happen: ideas collected while their phase is open, then the phases are
        // dated as the demo tells it (ideas and assessment behind us, the vote open for three weeks).
        ProcessId process = demo.as("saksbehandler", () -> {
            ProcessId id = processes.create(
                    BAERUM,
                    new ProcessInput(
                            TITLE,
                            "Hva vil du bruke **2 millioner kroner** på for klima og miljø i nærmiljøet? "
                                    + "Kommunen har vurdert og kostnadsberegnet forslagene; nå bestemmer du.",
                            null,
                            ProcessTemplate.PARTICIPATORY_BUDGET,
                            List.of(
                                    new PhaseInput(
                                            PhaseKind.IDEAS,
                                            "",
                                            t.minusDays(42),
                                            t,
                                            Set.of(PhaseAction.PROPOSE, PhaseAction.COMMENT, PhaseAction.WORKSHOP)),
                                    new PhaseInput(
                                            PhaseKind.ASSESSMENT,
                                            "",
                                            t.plusDays(1),
                                            t.plusDays(1),
                                            Set.of(PhaseAction.COMMENT)),
                                    new PhaseInput(
                                            PhaseKind.BUDGETING,
                                            "",
                                            t.plusDays(2),
                                            t.plusDays(22),
                                            Set.of(PhaseAction.BUDGET, PhaseAction.COMMENT)),
                                    new PhaseInput(PhaseKind.RESULTS, "", t.plusDays(23), t.plusDays(36), Set.of()))));
            processes.openNextPhase(id);
            return id;
        });
        List<ProposalId> ids = demo.as(
                "kari",
                () -> PROJECTS.stream()
                        .map(p -> proposals.createAndSubmit(
                                BAERUM,
                                process,
                                new ProposalInput(
                                        p.title(),
                                        "",
                                        p.category(),
                                        "{\"type\":\"Point\",\"coordinates\":[" + p.lon() + "," + p.lat() + "]}",
                                        p.inputs())))
                        .toList());
        demo.as("saksbehandler", () -> {
            setup.setBudget(process, 2_000_000L, 1, null, null);
            for (int i = 0; i < ids.size(); i++) {
                setup.putOnBallot(process, ids.get(i), PROJECTS.get(i).cost());
            }
            processes.reschedule(process, 0, t.minusDays(42), t.minusDays(15));
            processes.reschedule(process, 1, t.minusDays(14), t.minusDays(1));
            processes.reschedule(process, 2, t, t.plusDays(20));
            processes.reschedule(process, 3, t.plusDays(21), t.plusDays(34));
            processes.openNextPhase(process);
            return processes.openNextPhase(process);
        });
    }
}
