-- What the map draws of a line or area: the shape simplified to at most a few dozen corners,
-- computed when the proposal is saved, so a map view never reads (or sends) full-detail shapes.
-- Null for points; rows saved before this column are filled in at start-up.
alter table proposal add column display_geojson varchar(20000);
-- The map's box query, with the columns its filters read, so counting and clustering a whole
-- municipality reads the index alone.
create index proposal_map on proposal (municipality_id, hidden, state, centroid_lat, centroid_lon);
