-- The audit log stays append-only with one exception the law requires: when a person deletes their
-- account, their name in it may be replaced by a pseudonym ("deleted-…"). Nothing else may change,
-- and nothing may be deleted.
create or replace function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE'
            and new.id = old.id and new.at = old.at
            and new.municipality_id is not distinct from old.municipality_id
            and new.actor_id is not distinct from old.actor_id
            and new.action = old.action and new.target_type = old.target_type
            and new.target_id = old.target_id
            and (new.actor_name = old.actor_name or new.actor_name like 'deleted-%')
            and (new.detail is not distinct from old.detail or new.detail like 'deleted-%') then
        return new;
    end if;
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
