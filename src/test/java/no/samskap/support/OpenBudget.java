package no.samskap.support;

import java.util.ArrayList;
import java.util.List;
import no.samskap.budgeting.BudgetSetup;
import no.samskap.processes.ProcessInput;
import no.samskap.processes.ProcessService;
import no.samskap.processes.ProcessTemplate;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;
import org.springframework.stereotype.Component;

/**
 * A participatory budget in Bærum with its vote open, made as people would: the official starts it,
 * a resident proposes during the ideas phase, the official sets the budget and costs and opens the vote.
 */
@Component
public class OpenBudget {

    /** The process and the projects on its ballot. */
    public record Made(ProcessId process, List<ProposalId> projects) {}

    private static final MunicipalityId BAERUM = MunicipalityId.of("baerum");

    private final ProcessService processes;
    private final ProposalService proposals;
    private final BudgetSetup setup;
    private final SignIn signIn;

    OpenBudget(ProcessService processes, ProposalService proposals, BudgetSetup setup, SignIn signIn) {
        this.processes = processes;
        this.proposals = proposals;
        this.setup = setup;
        this.signIn = signIn;
    }

    /** {@code count} projects of {@code cost} each within {@code total}; nobody is signed in afterwards. */
    public Made with(String title, int count, long cost, long total) {
        signIn.as("saksbehandler");
        ProcessId process = processes.create(
                BAERUM,
                new ProcessInput(
                        title,
                        "",
                        null,
                        ProcessTemplate.PARTICIPATORY_BUDGET,
                        processes.template(ProcessTemplate.PARTICIPATORY_BUDGET)));
        processes.openNextPhase(process);
        signIn.as("kari");
        List<ProposalId> projects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            projects.add(proposals.createAndSubmit(
                    BAERUM,
                    process,
                    new ProposalInput(
                            "Prosjekt " + i,
                            "",
                            "BIKE_LANE",
                            "{\"type\":\"Point\",\"coordinates\":[10.5" + i + ",59.93]}")));
        }
        signIn.as("saksbehandler");
        setup.setBudget(process, total, 1, null, null);
        for (ProposalId p : projects) {
            setup.putOnBallot(process, p, cost);
        }
        processes.openNextPhase(process);
        processes.openNextPhase(process);
        signIn.out();
        return new Made(process, List.copyOf(projects));
    }
}
