package no.samskap.impact;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.SignedInUser;
import no.samskap.impact.internal.Scenario;
import no.samskap.impact.internal.ScenarioRepository;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.MunicipalityService;
import no.samskap.proposals.PhaseGate;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalService;
import no.samskap.protection.Limit;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;
import no.samskap.shared.UserFacingException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes, saves and loads scenarios; anyone may build one and share its link. */
@Service
@Transactional
public class ScenarioService {

    static final int MAX_PROPOSALS = 2_000;

    private final ScenarioRepository scenarios;
    private final ScenarioCalculator calculator;
    private final ProposalService proposals;
    private final MunicipalityService municipalities;
    private final CurrentUser currentUser;
    private final PhaseGate phases;
    private final Clock clock;

    ScenarioService(
            ScenarioRepository scenarios,
            ScenarioCalculator calculator,
            ProposalService proposals,
            MunicipalityService municipalities,
            CurrentUser currentUser,
            PhaseGate phases,
            Clock clock) {
        this.phases = phases;
        this.scenarios = scenarios;
        this.calculator = calculator;
        this.proposals = proposals;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The combined effect of the proposals (those the user cannot see, or of another municipality, are ignored). */
    @Transactional(readOnly = true)
    public ScenarioTotals compute(MunicipalityId municipality, List<ProposalId> ids) {
        List<ProposalDetails> visible = ids.stream()
                .limit(MAX_PROPOSALS)
                .map(proposals::find)
                .flatMap(Optional::stream)
                .filter(p -> p.municipality().equals(municipality) && p.state().isPublic() && !p.hidden())
                .toList();
        Municipality m = municipalities.get(municipality);
        Map<String, Integer> districts = m.districts().stream()
                .collect(Collectors.toMap(Municipality.District::name, Municipality.District::population, (a, b) -> a));
        return calculator.combine(municipality, m.population(), districts, visible);
    }

    /** Whether the current visitor may save scenarios: only accounts, so anonymous floods cannot fill the table. */
    public boolean canSave() {
        return currentUser.get().isPresent();
    }

    public UUID save(MunicipalityId municipality, String name, List<ProposalId> ids) {
        return save(municipality, null, name, ids);
    }

    /** Saves a scenario made for a process of the municipality (or for none when {@code process} is null). */
    public UUID save(MunicipalityId municipality, ProcessId process, String name, List<ProposalId> ids) {
        SignedInUser owner = currentUser.requireWriter(Limit.SCENARIO_SAVE);
        if (process != null
                && !phases.municipality(process).map(municipality::equals).orElse(false)) {
            throw new UserFacingException("error.process.not-found");
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw UserFacingException.forField("name", "error.field.required");
        }
        if (n.length() > 80) {
            throw UserFacingException.forField("name", "error.field.too-long", 80);
        }
        if (ids.isEmpty()) {
            throw new UserFacingException("error.scenario.empty");
        }
        if (ids.size() > MAX_PROPOSALS) {
            throw new UserFacingException("error.scenario.too-many", MAX_PROPOSALS);
        }
        Set<UUID> checked = new LinkedHashSet<>();
        for (ProposalId id : ids) {
            ProposalDetails p = proposals
                    .find(id)
                    .filter(d ->
                            d.municipality().equals(municipality) && d.state().isPublic())
                    .orElseThrow(() -> new UserFacingException("error.proposal.not-found"));
            checked.add(p.id().value());
        }
        Scenario s = new Scenario(municipality.value(), n, owner.id().value(), checked, clock.instant());
        ScenarioTotals totals =
                compute(municipality, checked.stream().map(ProposalId::new).toList());
        if (process != null) {
            s.belongTo(process.value());
        }
        s.record(
                totals.catalogueVersion(),
                totals.territorialTonnes().central(),
                totals.indirectTonnes().central());
        scenarios.save(s);
        return s.id();
    }

    @Transactional(readOnly = true)
    public Optional<SavedScenario> find(UUID id) {
        return scenarios.findById(id).map(ScenarioService::toApi);
    }

    /** A process a scenario can be made for; empty when there is no such process. */
    @Transactional(readOnly = true)
    public Optional<ProcessRef> process(ProcessId process) {
        return phases.municipality(process).flatMap(m -> phases.title(process).map(t -> new ProcessRef(process, t, m)));
    }

    /** The scenarios made for a process, newest first, for its page. */
    @Transactional(readOnly = true)
    public List<SavedScenario> inProcess(ProcessId process, int limit) {
        return scenarios.findByProcessIdOrderByCreatedAtDesc(process.value(), PageRequest.of(0, limit)).stream()
                .map(ScenarioService::toApi)
                .toList();
    }

    private static SavedScenario toApi(Scenario s) {
        return new SavedScenario(
                s.id(),
                MunicipalityId.of(s.municipalityId()),
                s.name(),
                s.proposals().stream().map(ProposalId::new).toList(),
                s.catalogueVersion(),
                s.territorialTonnes(),
                s.processId() == null ? null : new ProcessId(s.processId()));
    }
}
