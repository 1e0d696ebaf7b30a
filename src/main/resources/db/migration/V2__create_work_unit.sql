-- Work units (OPD, Organisasi Perangkat Daerah): the city's buying organisations.
create sequence work_unit_seq increment by 50;

create table work_unit (
    id         bigint primary key,
    code       text        not null,
    name       text        not null,
    address    text,
    active     boolean     not null default true,
    version    bigint      not null default 0,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint work_unit_code_format check (code ~ '^[A-Z0-9][A-Z0-9-]{1,31}$')
);

create unique index work_unit_code_key on work_unit (code);
create index work_unit_name_idx on work_unit (lower(name));
