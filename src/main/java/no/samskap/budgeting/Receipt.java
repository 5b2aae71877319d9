package no.samskap.budgeting;

import java.time.Instant;
import java.util.List;

/**
 * What a participant keeps after confirming: a reference, the time and the choices.
 *
 * @param changes how many times the ballot was changed after it was first confirmed
 */
public record Receipt(String reference, Instant submittedAt, List<BallotItem> choices, long totalNok, int changes) {}
