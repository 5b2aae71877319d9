package no.samskap.processes;

import java.time.LocalDate;
import no.samskap.shared.ProcessId;

/**
 * A process as the list shows it.
 *
 * @param current the open phase, or else the next planned one, or else the last; null without phases
 */
public record ProcessSummary(
        ProcessId id, String title, ProcessTemplate template, Phase current, LocalDate startsOn, LocalDate endsOn) {}
