package no.samskap.budgeting;

/**
 * The part of a budget set aside for one district: its projects are paid from it, and the results
 * fund them in order of votes while it lasts.
 */
public record DistrictShare(String districtId, String name, long amountNok) {}
