-- The catalogue: three storefronts with their categories, listings, price history, photos,
-- rental capacity per day and bookings.

create extension if not exists unaccent;

-- unaccent() is only STABLE (its dictionary could change); search columns need an IMMUTABLE
-- function, so this wrapper names the dictionary explicitly.
create function immutable_unaccent(text) returns text
    language sql immutable parallel safe strict as
$$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

create table category (
    id         integer primary key,
    storefront text    not null,
    code       text    not null unique,
    name_id    text    not null,
    name_en    text    not null,
    position   integer not null,
    constraint category_storefront_check
        check (storefront in ('EVENT_SERVICE', 'RENTAL', 'FLAGSHIP_PRODUCT'))
);

insert into category (id, storefront, code, name_id, name_en, position) values
    (101, 'EVENT_SERVICE', 'CATERING', 'Paket katering', 'Catering packages', 1),
    (102, 'EVENT_SERVICE', 'EVENT_ORGANIZER', 'Penyelenggara acara', 'Event organisers', 2),
    (103, 'EVENT_SERVICE', 'DECORATION', 'Dekorasi', 'Decoration', 3),
    (104, 'EVENT_SERVICE', 'DOCUMENTATION', 'Dokumentasi foto dan video', 'Photo and video', 4),
    (105, 'EVENT_SERVICE', 'ENTERTAINMENT', 'Hiburan dan musik', 'Entertainment and music', 5),
    (201, 'RENTAL', 'SOUND_SYSTEM', 'Sound system', 'Sound systems', 1),
    (202, 'RENTAL', 'TENT', 'Tenda', 'Tents', 2),
    (203, 'RENTAL', 'VEHICLE', 'Kendaraan', 'Vehicles', 3),
    (204, 'RENTAL', 'VENUE', 'Gedung dan tempat acara', 'Venues', 4),
    (205, 'RENTAL', 'FURNITURE', 'Kursi dan meja', 'Chairs and tables', 5),
    (206, 'RENTAL', 'STAGE_LIGHTING', 'Panggung dan lampu', 'Stages and lighting', 6),
    (301, 'FLAGSHIP_PRODUCT', 'PROCESSED_APPLE', 'Olahan apel', 'Processed apple products', 1),
    (302, 'FLAGSHIP_PRODUCT', 'COFFEE', 'Kopi', 'Coffee', 2),
    (303, 'FLAGSHIP_PRODUCT', 'BATIK', 'Batik', 'Batik', 3),
    (304, 'FLAGSHIP_PRODUCT', 'CRAFT', 'Kerajinan', 'Crafts', 4),
    (305, 'FLAGSHIP_PRODUCT', 'SNACK', 'Makanan ringan', 'Snacks', 5),
    (306, 'FLAGSHIP_PRODUCT', 'FRESH_PRODUCE', 'Sayur dan buah segar', 'Fresh produce', 6);

create sequence listing_seq increment by 50;

create table listing (
    id                    bigint primary key,
    supplier_id           bigint        not null,
    storefront            text          not null,
    category_id           integer       not null references category (id),
    title                 text          not null,
    description           text          not null,
    price                 numeric(15, 2) not null,
    unit                  text          not null,
    status                text          not null,
    attributes            jsonb         not null,
    quantity_owned        integer,
    stock                 integer,
    published_at          timestamptz,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    version               bigint        not null default 0,
    -- What search needs of the supplier and the category, kept with the listing so that a search
    -- reads one table. The supplier feature announces changes; the catalogue writes them here.
    supplier_visible      boolean       not null,
    supplier_trading_name text          not null,
    supplier_district     text          not null,
    supplier_scale        text          not null,
    supplier_rating       numeric(3, 2),
    category_name         text          not null,
    search_vector         tsvector generated always as (
        setweight(to_tsvector('indonesian', immutable_unaccent(title)), 'A')
            || setweight(to_tsvector('simple', immutable_unaccent(title)), 'A')
            || setweight(to_tsvector('indonesian', immutable_unaccent(category_name)), 'B')
            || setweight(to_tsvector('simple', immutable_unaccent(supplier_trading_name)), 'B')
            || setweight(to_tsvector('indonesian', immutable_unaccent(description)), 'C')
            || setweight(to_tsvector('simple', immutable_unaccent(description)), 'D')
        ) stored,
    title_search          text generated always as (lower(immutable_unaccent(title))) stored,
    constraint listing_storefront_check
        check (storefront in ('EVENT_SERVICE', 'RENTAL', 'FLAGSHIP_PRODUCT')),
    constraint listing_status_check
        check (status in ('DRAFT', 'PUBLISHED', 'UNPUBLISHED', 'ARCHIVED')),
    constraint listing_price_check check (price >= 0),
    constraint listing_quantity_owned_check check (quantity_owned is null or quantity_owned >= 1),
    constraint listing_stock_check check (stock is null or stock >= 0),
    constraint listing_published_at_check check (status <> 'PUBLISHED' or published_at is not null)
);

create index listing_supplier_idx on listing (supplier_id, status, id);

-- Public search reads only what is visible: published listings of verified suppliers.
create index listing_visible_search_idx on listing using gin (search_vector)
    where status = 'PUBLISHED' and supplier_visible;
create index listing_visible_title_trgm_idx on listing using gin (title_search gin_trgm_ops)
    where status = 'PUBLISHED' and supplier_visible;
create index listing_visible_category_price_idx on listing (category_id, price, id)
    where status = 'PUBLISHED' and supplier_visible;
create index listing_visible_storefront_price_idx on listing (storefront, price, id)
    where status = 'PUBLISHED' and supplier_visible;
create index listing_visible_price_idx on listing (price, id)
    where status = 'PUBLISHED' and supplier_visible;
create index listing_visible_newest_idx on listing (published_at desc, id desc)
    where status = 'PUBLISHED' and supplier_visible;
create index listing_visible_rating_idx on listing (supplier_rating desc nulls last, id)
    where status = 'PUBLISHED' and supplier_visible;

-- Live counts of visible listings per category, kept by a trigger, so that storefront counts
-- and unfiltered facets never count the listing table.
create table category_listing_count (
    category_id integer primary key references category (id),
    visible     bigint not null default 0 check (visible >= 0)
);
insert into category_listing_count (category_id) select id from category;

create function listing_count_visible() returns trigger
    language plpgsql as
$$
declare
    was_visible boolean := tg_op in ('UPDATE', 'DELETE')
        and old.status = 'PUBLISHED' and old.supplier_visible;
    is_visible  boolean := tg_op in ('INSERT', 'UPDATE')
        and new.status = 'PUBLISHED' and new.supplier_visible;
begin
    if was_visible and (not is_visible or old.category_id <> new.category_id) then
        update category_listing_count set visible = visible - 1 where category_id = old.category_id;
    end if;
    if is_visible and (not was_visible or old.category_id <> new.category_id) then
        update category_listing_count set visible = visible + 1 where category_id = new.category_id;
    end if;
    return null;
end;
$$;

create trigger listing_count_visible
    after insert or update of status, supplier_visible, category_id or delete on listing
    for each row execute function listing_count_visible();

create sequence listing_price_seq increment by 50;

create table listing_price (
    id         bigint primary key,
    listing_id bigint         not null references listing (id),
    price      numeric(15, 2) not null,
    changed_at timestamptz    not null
);
create index listing_price_listing_idx on listing_price (listing_id, changed_at);

create sequence listing_photo_seq increment by 50;

create table listing_photo (
    id           bigint primary key,
    listing_id   bigint      not null references listing (id),
    file_key     uuid        not null references stored_file (key),
    content_type text        not null,
    size_bytes   bigint      not null,
    uploaded_at  timestamptz not null
);
create index listing_photo_listing_idx on listing_photo (listing_id, id);

-- Rental capacity per listing and day: booked never exceeds capacity, whatever runs at once.
create table rental_day (
    listing_id bigint  not null references listing (id),
    day        date    not null,
    capacity   integer not null,
    booked     integer not null default 0,
    primary key (listing_id, day),
    constraint rental_day_booked_check check (booked >= 0 and booked <= capacity)
);

create sequence rental_booking_seq increment by 50;

create table rental_booking (
    id          bigint primary key,
    listing_id  bigint      not null references listing (id),
    quantity    integer     not null check (quantity >= 1),
    start_date  date        not null,
    end_date    date        not null,
    status      text        not null check (status in ('CONFIRMED', 'RELEASED')),
    order_ref   text        not null,
    created_at  timestamptz not null,
    released_at timestamptz,
    constraint rental_booking_period_check check (end_date >= start_date)
);
create index rental_booking_listing_idx on rental_booking (listing_id, start_date);
create index rental_booking_order_idx on rental_booking (order_ref);
