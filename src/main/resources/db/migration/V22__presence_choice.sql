-- "Show me as present" can be turned off: then others see "a visitor" where the person is.
alter table account add column hide_presence boolean default false not null;
