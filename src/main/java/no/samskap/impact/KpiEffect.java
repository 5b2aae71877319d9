package no.samskap.impact;

/** A U4SSC KPI a measure moves, and in which direction (+1 up, −1 down). */
public record KpiEffect(String code, int direction) {}
