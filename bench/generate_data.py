#!/usr/bin/env python3
"""Loads a realistic Bangga E-Lokal data set into a migrated database, with COPY.

Usage: bench/generate_data.py --listings 1000000 [--suppliers 20000] [--database bench]
       [--host 127.0.0.1] [--port 5432] [--user postgres] [--seed 42]

Suppliers (verified, across the three districts and all scales), listings of all three
storefronts and every category with Indonesian titles and descriptions, their price history,
and rental bookings with the per-day capacity they take. Rows are streamed as CSV into
`psql \\copy`; the listing indexes are dropped during the load and rebuilt after it, and the
per-category counts are recomputed, so that a million listings load in minutes.
"""
import argparse
import csv
import datetime as dt
import io
import random
import subprocess
import sys
import time

DISTRICTS = ["BATU", "BUMIAJI", "JUNREJO"]
VILLAGES = {
    "BATU": ["Sisir", "Ngaglik", "Temas", "Songgokerto", "Oro-oro Ombo", "Pesanggrahan"],
    "BUMIAJI": ["Punten", "Tulungrejo", "Sumbergondo", "Bulukerto", "Gunungsari", "Pandanrejo"],
    "JUNREJO": ["Tlekung", "Mojorejo", "Beji", "Torongrejo", "Pendem", "Dadaprejo"],
}
SCALES = ["MICRO"] * 7 + ["SMALL"] * 2 + ["MEDIUM"]
FORMS = ["INDIVIDUAL"] * 5 + ["CV"] * 3 + ["PT", "COOPERATIVE"]
TRADE_WORDS = ["Makmur", "Sejahtera", "Jaya", "Berkah", "Lestari", "Abadi", "Mandiri", "Sentosa",
               "Rejeki", "Barokah", "Sumber", "Karya", "Mitra", "Cahaya", "Tani", "Agung"]

# category id -> (storefront, unit choices, title patterns, price range)
CATEGORIES = {
    101: ("EVENT_SERVICE", "Paket katering", ["PER_PERSON", "PACKAGE"],
          ["Paket katering {a} {b}", "Katering {a} untuk {c}", "Nasi kotak {a} {b}",
           "Prasmanan {a} {c}"], (15000, 150000)),
    102: ("EVENT_SERVICE", "Penyelenggara acara", ["PER_EVENT", "PACKAGE"],
          ["Jasa event organizer {c}", "Penyelenggara {c} {b}", "Paket {c} lengkap {b}"],
          (2000000, 75000000)),
    103: ("EVENT_SERVICE", "Dekorasi", ["PER_EVENT", "PACKAGE"],
          ["Dekorasi {c} {a}", "Dekorasi panggung {b}", "Dekorasi bunga {a} {c}"],
          (1500000, 30000000)),
    104: ("EVENT_SERVICE", "Dokumentasi foto dan video", ["PER_EVENT", "PACKAGE"],
          ["Dokumentasi foto {c}", "Video {c} {b}", "Foto dan video drone {c}"],
          (1000000, 15000000)),
    105: ("EVENT_SERVICE", "Hiburan dan musik", ["PER_EVENT"],
          ["Band akustik {c}", "Hiburan musik {a} {c}", "Kesenian kuda lumping {b}"],
          (1500000, 20000000)),
    201: ("RENTAL", "Sound system", ["PER_DAY", "PER_HOUR"],
          ["Sewa sound system {w} watt", "Penyewaan sound system {c}", "Sewa mixer dan speaker {w} watt"],
          (300000, 5000000)),
    202: ("RENTAL", "Tenda", ["PER_DAY"],
          ["Sewa tenda dome {s}", "Sewa tenda sarnafil {s}", "Penyewaan tenda {c} {s}",
           "Tenda roder {s} untuk {c}"], (250000, 6000000)),
    203: ("RENTAL", "Kendaraan", ["PER_DAY", "PER_HOUR"],
          ["Sewa mobil {v} dengan sopir", "Rental {v} harian", "Sewa {v} untuk {c}"],
          (350000, 2500000)),
    204: ("RENTAL", "Gedung dan tempat acara", ["PER_DAY", "PER_HOUR"],
          ["Sewa gedung serbaguna {b}", "Sewa aula {a} {b}", "Tempat acara outdoor {b}"],
          (1000000, 30000000)),
    205: ("RENTAL", "Kursi dan meja", ["PER_DAY"],
          ["Sewa kursi futura", "Sewa meja bundar {c}", "Sewa kursi tiffany {c}"],
          (3000, 75000)),
    206: ("RENTAL", "Panggung dan lampu", ["PER_DAY"],
          ["Sewa panggung {s}", "Sewa lampu panggung {w} watt", "Rigging dan lighting {c}"],
          (500000, 15000000)),
    301: ("FLAGSHIP_PRODUCT", "Olahan apel", ["PACK", "BOX", "BOTTLE"],
          ["Keripik apel {b} {g} gram", "Sari apel {b} {m} ml", "Dodol apel {b}", "Cuka apel {b}",
           "Strudel apel {b}", "Jenang apel {b}"], (8000, 150000)),
    302: ("FLAGSHIP_PRODUCT", "Kopi", ["PACK", "KG"],
          ["Kopi arabika {b} {g} gram", "Kopi robusta {b}", "Kopi luwak {b}", "Bubuk kopi {b}"],
          (20000, 450000)),
    303: ("FLAGSHIP_PRODUCT", "Batik", ["PIECE", "METER"],
          ["Batik tulis motif {p}", "Batik cap motif {p}", "Kemeja batik {p}", "Kain batik {p}"],
          (75000, 2500000)),
    304: ("FLAGSHIP_PRODUCT", "Kerajinan", ["PIECE", "SET"],
          ["Kerajinan bambu {b}", "Anyaman pandan {b}", "Souvenir kayu {b}", "Gerabah {b}"],
          (10000, 600000)),
    305: ("FLAGSHIP_PRODUCT", "Makanan ringan", ["PACK", "BOX"],
          ["Keripik kentang {b}", "Keripik singkong {b}", "Kue kering {b}", "Jamur crispy {b}"],
          (7000, 90000)),
    306: ("FLAGSHIP_PRODUCT", "Sayur dan buah segar", ["KG", "BOX"],
          ["Apel manalagi segar {g} gram", "Jeruk keprok Batu", "Sayur organik {b}",
           "Stroberi segar petik {b}"], (10000, 120000)),
}
FILL = {
    "a": ["tumpeng", "prasmanan", "nusantara", "Jawa Timur", "spesial", "ekonomis", "premium"],
    "b": ["Batu", "Bumiaji", "Junrejo", "Punten", "Tulungrejo", "asli Batu", "khas Malang Raya"],
    "c": ["pernikahan", "rapat dinas", "seminar", "pameran", "festival", "ulang tahun",
          "wisuda", "syukuran", "lomba desa"],
    "w": ["1000", "2000", "5000", "10000", "20000"],
    "s": ["3x3", "5x5", "6x6", "10x10", "20x30"],
    "v": ["Elf", "Hiace", "Innova", "bus pariwisata", "pikap"],
    "g": ["100", "250", "500", "1000"],
    "m": ["250", "500", "1000"],
    "p": ["apel", "bunga sedap malam", "Panderman", "parang", "kawung", "mega mendung"],
}
DESCRIPTIONS = [
    "Produk UMKM Kota Batu dengan bahan pilihan dan kualitas terjamin.",
    "Melayani perangkat daerah dan instansi di Kota Batu dan sekitarnya.",
    "Harga sudah termasuk pengiriman di wilayah Kota Batu.",
    "Berpengalaman melayani acara pemerintahan, sekolah dan desa.",
    "Bisa pesan dalam jumlah besar, hubungi kami untuk penawaran.",
    "Dikerjakan oleh pelaku usaha lokal dari desa wisata.",
]


def copy(args, table, columns, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    sql = f"\\copy {table} ({', '.join(columns)}) from stdin with (format csv, null '')"
    run_psql(args, ["-c", sql], buffer.getvalue())


def run_psql(args, extra, stdin=None):
    command = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", args.host, "-p", str(args.port),
               "-U", args.user, "-d", args.database] + extra
    result = subprocess.run(command, input=stdin, text=True, capture_output=True)
    if result.returncode != 0:
        sys.exit(f"psql failed: {result.stderr}")
    return result.stdout


def sql(args, statement):
    return run_psql(args, ["-At", "-c", statement])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--listings", type=int, required=True)
    parser.add_argument("--suppliers", type=int)
    parser.add_argument("--database", default="bench")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=5432)
    parser.add_argument("--user", default="postgres")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    suppliers = args.suppliers or max(10, min(20000, args.listings // 50))
    rng = random.Random(args.seed)
    started = time.time()
    now = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)

    if sql(args, "select count(*) from listing") != "0\n":
        sys.exit("the database already has listings: generate into a fresh, migrated database")

    base = 10_000_000
    supplier_rows = []
    supplier_info = []
    for i in range(suppliers):
        sid = base + i
        district = rng.choice(DISTRICTS)
        trading = f"{rng.choice(TRADE_WORDS)} {rng.choice(TRADE_WORDS)} {rng.choice(VILLAGES[district])}"
        scale = rng.choice(SCALES)
        rating = None if rng.random() < 0.3 else round(rng.uniform(3.0, 5.0), 2)
        npwp = f"{9000000000000000 + i:016d}"
        supplier_rows.append([
            sid, f"bench-supplier-{i}", "VERIFIED", None, "false", f"CV {trading}", trading,
            rng.choice(FORMS), scale, f"{9100000000000 + i:013d}", npwp, None, "Pemilik Usaha",
            f"{3579000000000000 + i:016d}", "{10794}", "false", "true", "Jl. Raya 1",
            rng.choice(VILLAGES[district]), district, "65311", "+6281234500000",
            f"usaha{i}@example.id", "Bank Jatim", "0011223344", "Pemilik Usaha", rating,
            0 if rating is None else rng.randint(1, 40), now.isoformat(), now.isoformat(),
            "bench-admin", 0, now.isoformat(), now.isoformat()])
        supplier_info.append((sid, trading, district, scale, rating))
    copy(args, "supplier", [
        "id", "owner_subject", "status", "status_reason", "changed_since_review", "legal_name",
        "trading_name", "business_form", "scale", "nib", "npwp", "nitku", "owner_name",
        "owner_nik", "kbli_codes", "pkp", "pp55_certificate", "street", "village", "district",
        "postal_code", "phone", "email", "bank_name", "bank_account_number",
        "bank_account_holder", "rating_average", "rating_count", "submitted_at", "verified_at",
        "verified_by", "version", "created_at", "updated_at"], supplier_rows)
    print(f"suppliers: {suppliers} in {time.time() - started:.0f} s", flush=True)

    indexes = [line for line in sql(args,
        "select indexdef from pg_indexes where tablename = 'listing'"
        " and indexname <> 'listing_pkey'").splitlines() if line]
    for definition in indexes:
        name = definition.split(" INDEX ")[1].split(" ON ")[0]
        sql(args, f"drop index {name}")
    sql(args, "alter table listing disable trigger listing_count_visible")

    category_ids = list(CATEGORIES)
    weights = [3 if CATEGORIES[c][0] == "FLAGSHIP_PRODUCT" else 2 for c in category_ids]
    chunk = 100_000
    rental_ids = []
    written = 0
    while written < args.listings:
        rows, prices = [], []
        for i in range(written, min(args.listings, written + chunk)):
            lid = base + i
            category = rng.choices(category_ids, weights)[0]
            storefront, category_name, units, patterns, (low, high) = CATEGORIES[category]
            sid, trading, district, scale, rating = supplier_info[rng.randrange(suppliers)]
            title = rng.choice(patterns).format(**{k: rng.choice(v) for k, v in FILL.items()})
            description = f"{title}. {rng.choice(DESCRIPTIONS)} {rng.choice(DESCRIPTIONS)}"
            price = round(rng.uniform(low, high), -2) if high > 100000 else round(rng.uniform(low, high), -1)
            quantity = stock = None
            if storefront == "RENTAL":
                quantity = rng.choice([1, 2, 5, 10, 50, 200])
                attributes = f'{{"quantityOwned": {quantity}, "deposit": null, "fulfilment": "DELIVERY"}}'
                rental_ids.append((lid, quantity))
            elif storefront == "FLAGSHIP_PRODUCT":
                stock = rng.randint(0, 2000)
                attributes = (f'{{"stock": {stock}, "minimumOrder": 1, "weightGrams": 250,'
                              ' "halalCertificateNumber": null, "pirtNumber": null,'
                              ' "sniNumber": null, "shelfLifeDays": 180}')
            else:
                attributes = ('{"capacityMin": 20, "capacityMax": 500, "serviceArea": ["Kota Batu"],'
                              ' "includes": [], "leadTimeDays": 3}')
            status = "PUBLISHED" if rng.random() < 0.9 else rng.choice(["DRAFT", "UNPUBLISHED"])
            published = now - dt.timedelta(minutes=rng.randint(0, 525600))
            rows.append([lid, sid, storefront, category, title, description, f"{price:.2f}",
                         rng.choice(units), status, attributes, quantity, stock,
                         published.isoformat() if status != "DRAFT" else None,
                         published.isoformat(), published.isoformat(), 0, "true", trading,
                         district, scale, rating, category_name])
            prices.append([lid, lid, f"{price:.2f}", published.isoformat()])
        copy(args, "listing", [
            "id", "supplier_id", "storefront", "category_id", "title", "description", "price",
            "unit", "status", "attributes", "quantity_owned", "stock", "published_at",
            "created_at", "updated_at", "version", "supplier_visible", "supplier_trading_name",
            "supplier_district", "supplier_scale", "supplier_rating", "category_name"], rows)
        copy(args, "listing_price", ["id", "listing_id", "price", "changed_at"], prices)
        written += len(rows)
        print(f"listings: {written} in {time.time() - started:.0f} s", flush=True)

    bookings, days = [], {}
    start_day = dt.date(2026, 12, 1)
    for n, (lid, quantity) in enumerate(rng.sample(rental_ids, min(len(rental_ids), args.listings // 20 + 1))):
        first = start_day + dt.timedelta(days=rng.randint(0, 60))
        length = rng.randint(1, 3)
        booked = rng.randint(1, quantity)
        bookings.append([base + n, lid, booked, first.isoformat(),
                         (first + dt.timedelta(days=length - 1)).isoformat(), "CONFIRMED",
                         f"bench-order-{n}", now.isoformat()])
        for d in range(length):
            key = (lid, first + dt.timedelta(days=d))
            days[key] = (quantity, days.get(key, (quantity, 0))[1] + booked)
    copy(args, "rental_booking", ["id", "listing_id", "quantity", "start_date", "end_date",
                                  "status", "order_ref", "created_at"], bookings)
    copy(args, "rental_day", ["listing_id", "day", "capacity", "booked"],
         [[lid, day.isoformat(), cap, min(cap, booked)] for (lid, day), (cap, booked) in days.items()])
    print(f"bookings: {len(bookings)} in {time.time() - started:.0f} s", flush=True)

    sql(args, "alter table listing enable trigger listing_count_visible")
    for definition in indexes:
        sql(args, definition)
    sql(args, """update category_listing_count c set visible = (
                   select count(*) from listing l where l.category_id = c.category_id
                      and l.status = 'PUBLISHED' and l.supplier_visible)""")
    top = base + max(suppliers, args.listings) + 1000
    for sequence in ["supplier_seq", "listing_seq", "listing_price_seq", "rental_booking_seq"]:
        sql(args, f"select setval('{sequence}', {top})")
    sql(args, "vacuum analyze")
    print(f"done: {suppliers} suppliers, {args.listings} listings in {time.time() - started:.0f} s",
          flush=True)


if __name__ == "__main__":
    main()
