-- Settings answer an ETag and honour If-Match (API.md): each dated value counts its changes, and
-- the settings' version is the number of values plus the changes made to them.
alter table setting add column version bigint not null default 0;
