package no.samskap.proposals;

/**
 * Several public proposals the map shows as one bubble, counted by the database in one cell of a
 * grid over the viewport; zooming into {@code cell} shows them one by one.
 *
 * @param lat the mean position of the proposals in the cell, where the bubble sits
 * @param cell the grid cell, to zoom into
 */
public record ProposalCluster(String id, int count, double lat, double lon, Viewport cell) {}
