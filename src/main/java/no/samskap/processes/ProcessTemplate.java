package no.samskap.processes;

import static no.samskap.shared.PhaseAction.BUDGET;
import static no.samskap.shared.PhaseAction.COMMENT;
import static no.samskap.shared.PhaseAction.PROPOSE;
import static no.samskap.shared.PhaseAction.VOTE;
import static no.samskap.shared.PhaseAction.WORKSHOP;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.samskap.shared.PhaseAction;

/** The processes municipalities run, each with its usual phases; the official adjusts dates and rights. */
public enum ProcessTemplate {
    /**
     * A plan under the Planning and Building Act: notice of start-up with the plan programme on
     * consultation (§ 4-1 asks the programme to say how participation is organised), public
     * consultation of the draft plan (§ 5-2: at least six weeks), and the decision.
     */
    PLAN(
            new Step(PhaseKind.START_UP, 3, Set.of(PROPOSE, COMMENT, WORKSHOP)),
            new Step(PhaseKind.PLAN_PROGRAMME, 6, Set.of(COMMENT, WORKSHOP)),
            new Step(PhaseKind.CONSULTATION, 6, Set.of(COMMENT, WORKSHOP)),
            new Step(PhaseKind.DECISION, 4, Set.of())),
    /** A climate budget: measures proposed, assessed, prioritised, then decided with the budget. */
    CLIMATE_BUDGET(
            new Step(PhaseKind.IDEAS, 4, Set.of(PROPOSE, COMMENT, WORKSHOP)),
            new Step(PhaseKind.ASSESSMENT, 3, Set.of(COMMENT)),
            new Step(PhaseKind.PRIORITISING, 3, Set.of(VOTE, COMMENT)),
            new Step(PhaseKind.DECISION, 4, Set.of())),
    /** A participatory budget (folkebudsjett): ideas, the municipality's assessment and costing, the ballot, results. */
    PARTICIPATORY_BUDGET(
            new Step(PhaseKind.IDEAS, 4, Set.of(PROPOSE, COMMENT, WORKSHOP)),
            new Step(PhaseKind.ASSESSMENT, 3, Set.of(COMMENT)),
            new Step(PhaseKind.BUDGETING, 3, Set.of(BUDGET, COMMENT, WORKSHOP)),
            new Step(PhaseKind.RESULTS, 2, Set.of())),
    /** Phases the official names and sets up from scratch. */
    CUSTOM(new Step(PhaseKind.OTHER, 4, Set.of(PROPOSE, COMMENT, VOTE)));

    /** The public consultation of a plan lasts at least this many days (plan- og bygningsloven § 5-2). */
    public static final int MIN_PLAN_CONSULTATION_DAYS = 42;

    private record Step(PhaseKind kind, int weeks, Set<PhaseAction> actions) {}

    private final List<Step> steps;

    ProcessTemplate(Step... steps) {
        this.steps = List.of(steps);
    }

    /** The template's phases one after another from the given day. */
    public List<PhaseInput> phasesFrom(LocalDate start) {
        List<PhaseInput> phases = new ArrayList<>();
        LocalDate day = start;
        for (Step step : steps) {
            LocalDate end = day.plusWeeks(step.weeks()).minusDays(1);
            phases.add(new PhaseInput(step.kind(), "", day, end, step.actions()));
            day = end.plusDays(1);
        }
        return phases;
    }

    public String messageKey() {
        return "process.template." + name().toLowerCase(Locale.ROOT);
    }
}
