package no.samskap.processes;

import java.util.Locale;

/** What a phase is for; its name on the page comes from here unless the official gives one. */
public enum PhaseKind {
    /** Plan: notice of start-up (varsel om oppstart). */
    START_UP,
    /** Plan: the plan programme on consultation (planprogram, plan- og bygningsloven § 4-1). */
    PLAN_PROGRAMME,
    /** Plan: public consultation of the draft plan (høring og offentlig ettersyn, § 5-2). */
    CONSULTATION,
    /** The political decision. */
    DECISION,
    /** Collecting ideas and proposals. */
    IDEAS,
    /** The municipality assesses the proposals and their costs. */
    ASSESSMENT,
    /** Participants prioritise by voting. */
    PRIORITISING,
    /** Participants fill a ballot within a budget. */
    BUDGETING,
    /** Results and follow-up. */
    RESULTS,
    /** Anything else, named by the official. */
    OTHER;

    public String messageKey() {
        return "phase.kind." + name().toLowerCase(Locale.ROOT);
    }
}
