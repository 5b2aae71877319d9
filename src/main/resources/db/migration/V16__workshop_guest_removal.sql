-- A facilitator can remove a guest: the guest's participant id stops working and their ideas go;
-- the row stays (marked) because voting rounds may still refer to it.
alter table workshop_participant add column removed_at timestamp with time zone;
