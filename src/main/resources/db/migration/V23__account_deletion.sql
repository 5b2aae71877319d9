-- Deleting an account anonymises it: the row stays (votes keep counting, references hold) without
-- name, address or password, marked with when it was deleted.
alter table account add column deleted_at timestamp with time zone;
-- Notifications remember who caused them, so a deleted person's name can be taken out of others' inboxes.
alter table notification add column actor_id uuid;
