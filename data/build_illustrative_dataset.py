#!/usr/bin/env python3
"""Builds public/data/illustrative.json, the illustrative dataset: MADE-UP figures, not real ones.

The real seed documents hold no results of the 2025-2030 term and no 2025 mergers, so the views
that answer "are we on pace toward 2030?", draw a trend, or follow a merged commune back to its
predecessors have nothing to show with the default dataset. This script invents one province
after the reform of 1 July 2025: a former district (gone on 2025-06-30), eight former communes and
a township of 2020-2025, merged into one ward and two communes of 2025-2030. Every name is
invented; every quote says the figure is made up. The file says `"illustrative": true`, so every
view, slide and export made from it says "Dữ liệu minh họa — không phải số liệu thật".

There is no randomness: every figure is written below, and the output is the same byte for byte
on every run. Run it after editing:

    python3 data/build_illustrative_dataset.py            # writes public/data/illustrative.json
    python3 data/build_illustrative_dataset.py --check    # exits 1 when the committed file differs
    python3 data/build_illustrative_dataset.py --pace     # prints the table of intended paces

The 2025-2030 records of the new communes are designed so that, judged linearly from the 2025
value to the 2030 target, some are ahead, on pace, behind, far behind, going the wrong way, or
without data yet; PACE below names the intended reading of each, and the script fails when the
figures do not give it. The 2020-2025 records of the former communes carry a mix of exceeded,
achieved and not achieved; their stated summaries ("7/11 chỉ tiêu đạt") are counted from the
records, so they agree with the data. docs/DATASET.md §8 describes the dataset and its tables; keep
its pace table equal to the output of --pace.
"""
import pathlib
import sys

from dataset_builder import Indicators, check_spelling, t, write_or_check

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "public" / "data" / "illustrative.json"

SOURCE = "minh-hoa"
# One short quote, the same everywhere: no figure here comes from a document.
QUOTE = "Số liệu minh họa, không phải trích dẫn tài liệu thật."
OLD, NEW = "2020-2025", "2025-2030"
# The year of data_as_of: results of 2026 are estimates for the whole year ("ước cả năm").
AS_OF = "2026-09-30"


def made_up():
    return {"source": SOURCE, "quote": QUOTE}


# ------------------------------------------------------------------------------------- places
PROVINCE = "minh-son"
DISTRICT = "huyen-tan-lap"
# The former communes of 2020-2025 (all in the district), then the units they were merged into.
OLD_UNITS = [
    ("thi-tran-tan-lap", "township", "Thị trấn Tân Lập", "Tân Lập township"),
    ("dong-hung", "commune", "Xã Đông Hưng", "Đông Hưng commune"),
    ("dong-phu", "commune", "Xã Đông Phú", "Đông Phú commune"),
    ("hoa-thang", "commune", "Xã Hòa Thắng", "Hòa Thắng commune"),
    ("tan-phong", "commune", "Xã Tân Phong", "Tân Phong commune"),
    ("tan-my", "commune", "Xã Tân Mỹ", "Tân Mỹ commune"),
    ("hoa-nam", "commune", "Xã Hòa Nam", "Hòa Nam commune"),
    ("son-thuy", "commune", "Xã Sơn Thủy", "Sơn Thủy commune"),
    ("lam-xuyen", "commune", "Xã Lâm Xuyên", "Lâm Xuyên commune"),
]
NEW_UNITS = [
    ("phuong-tan-lap", "ward", "Phường Tân Lập", "Tân Lập ward", ["thi-tran-tan-lap", "dong-hung", "dong-phu"]),
    ("tan-hoa", "commune", "Xã Tân Hòa", "Tân Hòa commune", ["hoa-thang", "tan-phong", "tan-my", "hoa-nam"]),
    ("son-lam", "commune", "Xã Sơn Lâm", "Sơn Lâm commune", ["son-thuy", "lam-xuyen"]),
]
PROVINCE_NAME = "Minh Sơn"

LOCALITIES = [
    {"id": PROVINCE, "name": t("Tỉnh Minh Sơn", "Minh Sơn province"), "level": "province"},
    {"id": DISTRICT, "name": t("Huyện Tân Lập", "Tân Lập district"), "level": "district",
     "province": PROVINCE_NAME, "parent": PROVINCE, "until": "2025-06-30"},
]
for id_, level, vi, en in OLD_UNITS:
    LOCALITIES.append({"id": id_, "name": t(vi, en), "level": level, "province": PROVINCE_NAME,
                       "parent": DISTRICT, "until": "2025-06-30"})
for id_, level, vi, en, parts in NEW_UNITS:
    LOCALITIES.append({"id": id_, "name": t(vi, en), "level": level, "province": PROVINCE_NAME,
                       "parent": PROVINCE, "formed_from": parts, "formed_on": "2025-07-01"})
ORDER = [entry["id"] for entry in LOCALITIES]
PREDECESSORS = {id_: parts for id_, _, _, _, parts in NEW_UNITS}

# ----------------------------------------------------------------------------------- indicators
INDICATORS = Indicators()
indicator = INDICATORS.add


PERCENT = t("%", "%")
POINTS_YEAR = t("điểm %/năm", "points/year")
YES_NO = t("đạt / chưa đạt", "yes / no")
GRADE = t("mức xếp loại", "grade")
VILLAGES = t("thôn, tổ dân phố", "villages and neighbourhoods")
H, L = "higher_is_better", "lower_is_better"
TASK_GRADES = [
    t("Không hoàn thành nhiệm vụ", "Tasks not completed"),
    t("Hoàn thành nhiệm vụ", "Tasks completed"),
    t("Hoàn thành tốt nhiệm vụ", "Tasks completed well"),
    t("Hoàn thành xuất sắc nhiệm vụ", "Tasks completed excellently"),
]
K, C, G, X = (grade["vi"] for grade in TASK_GRADES)  # không / hoàn thành / tốt / xuất sắc

# The format has no field saying whether an amount adds up across communes. The names say it:
# "Tổng …" (a total: the grain output of a merged commune is the sum of its predecessors'), and
# counts of villages add up; shares, rates and amounts per person do not.
indicator("income-per-capita", "Thu nhập bình quân đầu người", "Income per person", "economy",
          t("triệu đồng/người/năm", "million VND/person/year"), H, "amount")
indicator("production-value-growth", "Tốc độ tăng giá trị sản xuất bình quân hằng năm",
          "Average yearly growth of production value", "economy", PERCENT, H, "rate")
indicator("grain-output", "Tổng sản lượng lương thực bình quân hằng năm", "Total grain output, yearly average",
          "economy", t("tấn/năm", "tonnes/year"), H, "amount")
indicator("advanced-new-rural", "Xã đạt chuẩn nông thôn mới nâng cao", "Commune meets the advanced new-rural standard",
          "economy", YES_NO, H, "milestone")
indicator("civilised-urban", "Đạt chuẩn đô thị văn minh", "Recognised as a civilised urban area",
          "economy", YES_NO, H, "milestone")
indicator("health-insurance", "Tỷ lệ người dân tham gia bảo hiểm y tế", "People covered by health insurance",
          "culture-society", PERCENT, H, "share")
indicator("poverty-rate", "Tỷ lệ hộ nghèo", "Poor households", "culture-society", PERCENT, L, "share")
indicator("poverty-rate-change", "Giảm tỷ lệ hộ nghèo bình quân hằng năm", "Yearly change of the poverty rate",
          "culture-society", POINTS_YEAR, L, "rate")
indicator("child-malnutrition", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi",
          "Stunting among children under five", "culture-society", PERCENT, L, "share")
indicator("cultural-villages", "Tỷ lệ thôn, tổ dân phố đạt danh hiệu văn hóa",
          "Villages and neighbourhoods recognised as cultural", "culture-society", PERCENT, H, "share",
          count_unit=VILLAGES)
indicator("model-villages", "Số thôn, tổ dân phố đạt chuẩn kiểu mẫu", "Model villages and neighbourhoods",
          "culture-society", VILLAGES, H, "count")
indicator("standard-schools", "Tỷ lệ trường đạt chuẩn quốc gia", "Schools meeting the national standard",
          "culture-society", PERCENT, H, "share")
indicator("trained-labour", "Tỷ lệ lao động qua đào tạo", "Trained workforce", "culture-society", PERCENT, H, "share")
indicator("trained-labour-certified", "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ",
          "Trained workforce with a degree or certificate", "culture-society", PERCENT, H, "share",
          part_of="trained-labour")
indicator("waste-collection", "Tỷ lệ rác thải sinh hoạt được thu gom, xử lý", "Household waste collected and treated",
          "environment", PERCENT, H, "share")
indicator("clean-water", "Tỷ lệ hộ dân sử dụng nước sạch", "Households using clean water", "environment",
          PERCENT, H, "share")
indicator("forest-cover", "Tỷ lệ che phủ rừng", "Forest cover", "environment", PERCENT, H, "share")
indicator("military-recruitment", "Hoàn thành chỉ tiêu giao quân", "Conscription quota met", "defence-security",
          PERCENT, H, "share")
indicator("party-committee-rating", "Xếp loại chất lượng Đảng bộ", "Quality rating of the party committee",
          "party-building", GRADE, H, "rating", grades=TASK_GRADES)
indicator("new-party-members", "Tổng số đảng viên kết nạp mới bình quân hằng năm",
          "Total new party members, yearly average", "party-building", t("đảng viên/năm", "members/year"), H, "count")
INDICATOR = {entry["id"]: entry for entry in INDICATORS}

# ------------------------------------------------------------------------------------- records
RECORDS = []


def target(shape, deadline=None, every_year=False, note=None, **params):
    out = {"shape": shape}
    out.update(params)
    if every_year:
        out["every_year"] = True
    if deadline is not None:
        out["deadline_year"] = deadline
    if note is not None:
        out["note"] = note
    out["source"] = made_up()
    return out


def result(value=None, year=None, quarter=None, estimated=False, count=None, total=None, done=None, grade=None,
           note=None):
    out = {}
    for key, field in (("value", value), ("total", total), ("done", done), ("count", count), ("grade", grade)):
        if field is not None:
            out[key] = field
    period = {key: field for key, field in (("year", year), ("quarter", quarter)) if field is not None}
    if period:
        out["period"] = period
    if estimated:
        out["estimated"] = True
    if note is not None:
        out["note"] = note
    out["source"] = made_up()
    return out


def record(locality, ind, term, target=None, results=()):
    assert locality in ORDER and ind in INDICATOR, (locality, ind)
    assert not any((r["locality"], r["indicator"], r["term"]) == (locality, ind, term) for r in RECORDS)
    rec = {"locality": locality, "indicator": ind, "term": term}
    if target is not None:
        rec["target"] = target
    if results:
        rec["results"] = list(results)
    RECORDS.append(rec)


def yearly(values, first=2021, last_estimated=True, key="value"):
    """A result for each year from `first`; the last one an estimate (a congress report of mid-2025)."""
    out = []
    for offset, value in enumerate(values):
        year = first + offset
        estimated = last_estimated and offset == len(values) - 1 and year == 2025
        out.append(result(year=year, estimated=estimated, **{key: value}))
    return out


def path(first, last):
    """2021 to 2025, evenly from `first` to `last`, one decimal."""
    return [round(first + (last - first) * step / 4, 1) for step in range(5)]


# --------------------------------------------------- the former communes, 2020-2025 (all ended)
# income per person, level: (target, 2021 value, 2025 value); a yearly series between them.
for unit, goal, first, last in [
    ("thi-tran-tan-lap", 80, 62.0, 85.5), ("dong-hung", 72, 50.0, 72.0), ("dong-phu", 78, 55.0, 74.5),
    ("hoa-thang", 60, 45.0, 63.5), ("tan-phong", 62, 44.0, 60.2), ("tan-my", 58, 42.0, 61.0),
    ("hoa-nam", 60, 43.5, 62.0), ("son-thuy", 48, 35.0, 46.5), ("lam-xuyen", 45, 33.0, 43.0),
]:
    record(unit, "income-per-capita", OLD, target("level", value=goal), yearly(path(first, last)))

# production value growth, average growth: (target, the term's average)
for unit, goal, average in [("thi-tran-tan-lap", 10, 10.8), ("dong-hung", 9, 9.0), ("dong-phu", 9.5, 8.2)]:
    record(unit, "production-value-growth", OLD, target("average_growth", value=goal), [result(average)])

# grain output, yearly average (additive): (target, yearly 2021-2025); the term's average is stated too.
for unit, goal, years in [
    ("dong-hung", 1500, [1520, 1540, 1580, 1590, 1570]), ("dong-phu", 1300, [1260, 1270, 1290, 1290, 1290]),
    ("hoa-thang", 1250, [1200, 1240, 1260, 1280, 1300]), ("tan-phong", 1250, [1230, 1240, 1250, 1260, 1270]),
    ("tan-my", 1200, [1120, 1130, 1140, 1150, 1150]), ("hoa-nam", 1150, [1160, 1170, 1180, 1190, 1200]),
]:
    average = sum(years) / len(years)
    average = int(average) if average.is_integer() else round(average, 1)
    record(unit, "grain-output", OLD, target("annual_average", value=goal), [result(average)] + yearly(years))

# health insurance, at least: (target, 2025)
for unit, goal, value in [
    ("thi-tran-tan-lap", 95, 96.5), ("dong-hung", 92, 91.0), ("dong-phu", 92, 92.0),
    ("hoa-thang", 90, 91.5), ("tan-phong", 90, 89.0), ("tan-my", 90, 90.0), ("hoa-nam", 88, 89.5),
    ("son-thuy", 95, 95.5), ("lam-xuyen", 95, 93.0),
]:
    record(unit, "health-insurance", OLD, target("at_least", value=goal), [result(value, 2025, estimated=True)])

# poverty rate, lower is better: (shape, target, 2021, 2025) — "dưới" is below, "không quá" at most.
for unit, shape, goal, first, last in [
    ("thi-tran-tan-lap", "below", 1.0, 2.0, 0.9), ("dong-hung", "below", 2.0, 3.5, 2.1),
    ("dong-phu", "at_most", 2.0, 3.0, 1.8), ("hoa-thang", "below", 4.0, 6.0, 3.5),
    ("tan-phong", "at_most", 4.0, 6.5, 4.4), ("tan-my", "at_most", 4.5, 6.8, 4.0),
    ("hoa-nam", "below", 4.0, 6.1, 4.2), ("son-thuy", "at_most", 10.0, 17.0, 10.8),
    ("lam-xuyen", "at_most", 14.0, 19.0, 13.5),
]:
    record(unit, "poverty-rate", OLD, target(shape, value=goal), yearly(path(first, last)))

# poverty reduction per year, change per year (negative): (target, the term's average change)
for unit, goal, change in [("thi-tran-tan-lap", -0.3, -0.35), ("dong-hung", -0.5, -0.4), ("dong-phu", -0.3, -0.3),
                           ("son-thuy", -1.5, -1.6), ("lam-xuyen", -1.2, -1.1)]:
    record(unit, "poverty-rate-change", OLD, target("change_per_year", value=goal), [result(change)])

# villages recognised as cultural, a share with a count ("80 % (12 thôn)"): (share, count, total,
# 2025 share or None, 2025 count). Tân Mỹ's result gives the count only.
for unit, share, count, total, value, reached in [
    ("thi-tran-tan-lap", 90, 9, 10, 100.0, 10), ("dong-hung", 75, 6, 8, 75.0, 6), ("dong-phu", 85, 6, 7, 71.4, 5),
    ("hoa-thang", 80, 12, 15, 86.7, 13), ("tan-phong", 80, 8, 10, 80.0, 8), ("tan-my", 75, 9, 12, None, 8),
    ("hoa-nam", 75, 6, 8, 87.5, 7),
]:
    record(unit, "cultural-villages", OLD, target("at_least", value=share, count=count),
           [result(value, 2025, estimated=True, count=reached)])

# model villages, count of total: (count, total, reached)
for unit, count, total, reached in [("hoa-thang", 3, 15, 1), ("tan-phong", 2, 10, 2), ("tan-my", 1, 12, 2),
                                    ("hoa-nam", 1, 8, 1)]:
    record(unit, "model-villages", OLD, target("count_of_total", count=count, total=total),
           [result(reached, total=total)])

# schools meeting the national standard, "duy trì 100 %" (maintain): yearly 2021-2025
for unit, years in [
    ("thi-tran-tan-lap", [100, 100, 100, 100, 100]), ("dong-hung", [100, 100, 100, 75, 100]),
    ("dong-phu", [100, 100, 100, 100, 100]), ("hoa-thang", [100, 100, 100, 100, 100]),
    ("tan-phong", [100, 100, 100, 100, 100]), ("tan-my", [100, 100, 66.7, 100, 100]),
]:
    record(unit, "standard-schools", OLD, target("maintain", value=100), yearly(years))

# trained workforce, at least, and "trong đó" the certified part (part_of)
for unit, goal, value in [("hoa-thang", 70, 68.0), ("tan-phong", 65, 66.0), ("tan-my", 65, 63.0), ("hoa-nam", 60, 62.0)]:
    record(unit, "trained-labour", OLD, target("at_least", value=goal), [result(value, 2025, estimated=True)])
for unit, goal, value in [("hoa-thang", 30, 31.0), ("tan-phong", 28, 27.5)]:
    record(unit, "trained-labour-certified", OLD, target("at_least", value=goal), [result(value, 2025, estimated=True)])

# milestones: (indicator, deadline, year of the result, done)
for unit, ind, deadline, year, done in [
    ("hoa-thang", "advanced-new-rural", 2024, 2023, True), ("tan-phong", "advanced-new-rural", 2025, 2025, False),
    ("thi-tran-tan-lap", "civilised-urban", 2023, 2022, True),
]:
    record(unit, ind, OLD, target("milestone", deadline=deadline), [result(year=year, done=done)])

# the party committee's yearly rating, "hoàn thành tốt nhiệm vụ trở lên" every year: 2021-2024
# (the rating is given at the end of a year; the communes ended in mid-2025)
for unit, grades in [
    ("thi-tran-tan-lap", [X, X, G, X]), ("dong-hung", [G, G, G, G]), ("dong-phu", [G, C, G, G]),
    ("hoa-thang", [X, X, X, X]), ("tan-phong", [G, G, X, G]), ("tan-my", [G, G, G, C]),
    ("hoa-nam", [X, G, G, X]), ("son-thuy", [G, G, G, G]), ("lam-xuyen", [G, X, G, G]),
]:
    record(unit, "party-committee-rating", OLD, target("grade_at_least", every_year=True, grade=G),
           yearly(grades, key="grade"))

# conscription, 100 % of the quota every year: yearly 2021-2025
for unit, years in [("hoa-thang", [100] * 5), ("tan-phong", [100] * 5), ("tan-my", [100, 100, 90, 100, 100]),
                    ("son-thuy", [100] * 5), ("lam-xuyen", [100] * 5)]:
    record(unit, "military-recruitment", OLD, target("level", every_year=True, value=100), yearly(years, last_estimated=False))

# Sơn Thủy and Lâm Xuyên: forest cover (level), stunting (below), clean water (at least)
for unit, forest_goal, forest, stunting_goal, stunting, water_goal, water in [
    ("son-thuy", 62, 62.5, 14, 13.0, 80, 82.0), ("lam-xuyen", 58, 57.0, 15, 15.2, 80, 76.0),
]:
    record(unit, "forest-cover", OLD, target("level", value=forest_goal), [result(forest, 2025, estimated=True)])
    record(unit, "child-malnutrition", OLD, target("below", value=stunting_goal), [result(stunting, 2025, estimated=True)])
    record(unit, "clean-water", OLD, target("at_least", value=water_goal), [result(water, 2025, estimated=True)])

# waste collected and treated, level: (target, 2025)
for unit, goal, value in [("thi-tran-tan-lap", 95, 96.0), ("dong-hung", 85, 88.0), ("dong-phu", 85, 80.0)]:
    record(unit, "waste-collection", OLD, target("level", value=goal), [result(value, 2025, estimated=True)])

# new party members, yearly average (additive): (target, the term's average)
for unit, goal, average in [("thi-tran-tan-lap", 8, 7), ("dong-hung", 5, 5), ("dong-phu", 5, 6)]:
    record(unit, "new-party-members", OLD, target("annual_average", value=goal), [result(average)])

# ------------------------------------------- the merged units, 2025-2030 (as of September 2026)
# 2025 is the first, partial year of the term and the baseline of the pace; its figures are final.
# 2026 is the whole year estimated in September ("ước cả năm"); quarters 1 and 2 of 2026 are final.
SUM_NOTE = {
    "tan-hoa": t("Cộng số liệu năm 2025 của 4 xã cũ: Hòa Thắng, Tân Phong, Tân Mỹ, Hòa Nam.",
                 "The sum of the 2025 figures of the four former communes: Hòa Thắng, Tân Phong, Tân Mỹ, Hòa Nam."),
}


def term_results(base, latest=None, quarters=(), key="value", base_note=None, **fields):
    """The 2025 baseline, quarters of 2026, and the 2026 estimate; `fields` add to every result."""
    out = [] if base is None else [result(year=2025, note=base_note, **{key: base}, **fields)]
    for quarter, value in enumerate(quarters, start=1):
        out.append(result(year=2026, quarter=quarter, **{key: value}, **fields))
    if latest is not None:
        out.append(result(year=2026, estimated=True, **{key: latest}, **fields))
    return out


def counted(share_count_pairs, note=None):
    """(share, count) for 2025 and 2026, for a share with a count."""
    (base, base_count), (latest, latest_count) = share_count_pairs
    return [result(base, 2025, count=base_count, note=note),
            result(latest, 2026, estimated=True, count=latest_count)]


P, T, S = "phuong-tan-lap", "tan-hoa", "son-lam"

# Phường Tân Lập (Thị trấn Tân Lập, Đông Hưng, Đông Phú)
record(P, "income-per-capita", NEW, target("level", value=100), term_results(80.0, 86.0))
record(P, "health-insurance", NEW, target("at_least", value=98), term_results(93.0, 94.0, quarters=(93.3, 93.6)))
record(P, "production-value-growth", NEW, target("average_growth", value=10), term_results(8.0, 8.3))
record(P, "poverty-rate", NEW, target("at_most", value=1.0), term_results(1.5, 0.9))
record(P, "waste-collection", NEW, target("level", value=100), term_results(92.0, 89.5, quarters=(91.5, 91.0)))
record(P, "civilised-urban", NEW, target("milestone", deadline=2028))
record(P, "standard-schools", NEW, target("maintain", value=100), term_results(100, 100))
record(P, "party-committee-rating", NEW, target("grade_at_least", every_year=True, grade=G),
       term_results(X, key="grade"))

# Xã Tân Hòa (Hòa Thắng, Tân Phong, Tân Mỹ, Hòa Nam); counts and tonnes of 2025 are the sums of the four.
record(T, "income-per-capita", NEW, target("level", value=90), term_results(62.0, 64.5))
record(T, "grain-output", NEW, target("annual_average", value=5000),
       term_results(4920, 5700, base_note=SUM_NOTE[T]))
record(T, "poverty-rate", NEW, target("below", value=1.5), term_results(4.0, 3.5))
record(T, "health-insurance", NEW, target("at_least", value=95), term_results(90.0, 90.8, quarters=(90.3, 90.5)))
record(T, "cultural-villages", NEW, target("at_least", value=88, count=40),
       counted([(80.0, 36), (88.9, 40)], note=SUM_NOTE[T]))
record(T, "model-villages", NEW, target("count_of_total", count=18, total=45),
       term_results(6, 7, base_note=SUM_NOTE[T], total=45))
record(T, "trained-labour", NEW, target("at_least", value=75), term_results(65.0, 66.5))
record(T, "trained-labour-certified", NEW, target("at_least", value=40), term_results(30.0, 31.0))
record(T, "advanced-new-rural", NEW, target("milestone", deadline=2028), [result(year=2026, done=True)])
record(T, "party-committee-rating", NEW, target("grade_at_least", every_year=True, grade=G),
       term_results(C, key="grade"))
record(T, "standard-schools", NEW, target("maintain", value=100), term_results(100, 90.0))
record(T, "military-recruitment", NEW, target("level", every_year=True, value=100), term_results(100, 100))

# Xã Sơn Lâm (Sơn Thủy, Lâm Xuyên)
record(S, "income-per-capita", NEW, target("level", value=70), term_results(45.0, 44.2))
record(S, "poverty-rate", NEW, target("at_most", value=5), term_results(12.0, 11.0))
record(S, "forest-cover", NEW, target("level", value=65), term_results(60.0, 61.0))
record(S, "child-malnutrition", NEW, target("below", value=10), term_results(14.0, 13.7))
record(S, "health-insurance", NEW, target("at_least", value=95), [result(94.0, 2025, estimated=True)])
record(S, "clean-water", NEW, target("at_least", value=90))
record(S, "military-recruitment", NEW, target("level", every_year=True, value=100), term_results(100, 100))
record(S, "party-committee-rating", NEW, target("grade_at_least", every_year=True, grade=G),
       term_results(G, key="grade"))

# Records by place (the order of LOCALITIES), then indicator, then term.
INDICATOR_ORDER = [entry["id"] for entry in INDICATORS]
RECORDS.sort(key=lambda r: (ORDER.index(r["locality"]), INDICATOR_ORDER.index(r["indicator"]), r["term"]))


# --------------------------------------------------- statuses of the ended term, for the summaries
def better(shape, direction):
    if shape in ("at_least", "above"):
        return H
    if shape in ("at_most", "below"):
        return L
    return direction


def judge(tgt, res, ind):
    """The status of one result against a target (the rules of docs/DATASET.md §3)."""
    shape = tgt["shape"]
    if shape == "milestone":
        return "achieved" if res["done"] else "not_achieved"
    if shape == "grade_at_least":
        grades = [grade["vi"] for grade in ind["grades"]]
        step = grades.index(res["grade"]) - grades.index(tgt["grade"])
        return "exceeded" if step > 0 else "achieved" if step == 0 else "not_achieved"
    if shape == "count_of_total":
        goal = tgt["count"]
    elif "value" in res or "count" not in tgt:
        goal = tgt["value"]
    else:
        goal = tgt["count"]
    value = res["value"] if "value" in res else res["count"]
    sign = 1 if better(shape, ind["direction"]) == H else -1
    margin = sign * (value - goal)
    if shape in ("below", "above"):
        return "achieved" if margin > 1e-9 else "not_achieved"
    if abs(margin) <= 1e-9:
        return "achieved"
    if margin > 0:
        return "achieved" if shape == "maintain" else "exceeded"
    return "not_achieved"


def final_status(rec):
    """The status of a record of the ended term: the whole-term result, else the latest year; for a
    target of every year, the worst year."""
    tgt, results, ind = rec["target"], rec["results"], INDICATOR[rec["indicator"]]
    if tgt.get("every_year") or tgt["shape"] == "maintain":
        order = {"not_achieved": 2, "achieved": 1, "exceeded": 0}
        return max((judge(tgt, res, ind) for res in results if "quarter" not in res.get("period", {})),
                   key=order.get)
    whole = [res for res in results if "period" not in res]
    assessed = whole[0] if whole else max(results, key=lambda res: res["period"]["year"])
    return judge(tgt, assessed, ind)


STATUS_OF = {}
for rec in RECORDS:
    if rec["term"] == OLD:
        STATUS_OF[(rec["locality"], rec["indicator"])] = final_status(rec)

SUMMARIES = []
CONGRESSES = []
ORDINALS = {"thi-tran-tan-lap": 23, "dong-hung": 24, "dong-phu": 22, "hoa-thang": 25, "tan-phong": 21,
            "tan-my": 23, "hoa-nam": 20, "son-thuy": 19, "lam-xuyen": 18}
for unit, _, _, _ in OLD_UNITS:
    statuses = [status for (locality, _), status in STATUS_OF.items() if locality == unit]
    met = sum(status in ("exceeded", "achieved") for status in statuses)
    exceeded = statuses.count("exceeded")
    SUMMARIES.append({"locality": unit, "term": OLD, "met": met, "total": len(statuses), "exceeded": exceeded,
                      "source": made_up()})
    CONGRESSES.append({"locality": unit, "term": OLD, "ordinal": ORDINALS[unit], "source": made_up()})
# The merged units held their first congress ("Đại hội lần thứ I") in 2025.
for unit, _, _, _, _ in NEW_UNITS:
    CONGRESSES.append({"locality": unit, "term": NEW, "ordinal": 1, "source": made_up()})
# The mix the dataset is for: each status among the ended term's records, in several communes.
for status in ("exceeded", "achieved", "not_achieved"):
    assert sum(s == status for s in STATUS_OF.values()) >= 10, status

# ------------------------------------------------------------- the intended pace of 2025-2030
# The pace of each record, by the rules of crates/chitieu-core/src/pace.rs, with the 2025 figure as
# the baseline (a merged unit has no record of its own in 2020-2025). A level or a bound: already
# met before the deadline is ahead; otherwise the progress made by 2026 against the progress the
# straight path from 2025 to the target asks for by then (a fifth of the way), at least 95 % on
# pace, 60–95 % behind, 0–60 % far behind, below 0 the wrong way; with only the 2025 figure or none,
# no data. An annual average: the average of the years so far against the target, with the same
# bands; an average growth: the compound growth of the years so far against the target. Every year
# (and maintain): on pace while every year is met, behind after a missed year. A milestone: done
# early is ahead; not done yet has no pace ("none"). The script fails when a figure does not give
# the pace intended here.
PACE = [
    (P, "income-per-capita", "on_pace"),
    (P, "health-insurance", "on_pace"),
    (P, "production-value-growth", "behind"),
    (P, "poverty-rate", "ahead"),
    (P, "waste-collection", "wrong_way"),
    (P, "civilised-urban", "none"),
    (P, "standard-schools", "on_pace"),
    (P, "party-committee-rating", "on_pace"),
    (T, "income-per-capita", "far_behind"),
    (T, "grain-output", "on_pace"),
    (T, "poverty-rate", "on_pace"),
    (T, "health-insurance", "behind"),
    (T, "cultural-villages", "ahead"),
    (T, "model-villages", "far_behind"),
    (T, "trained-labour", "behind"),
    (T, "trained-labour-certified", "far_behind"),
    (T, "advanced-new-rural", "ahead"),
    (T, "party-committee-rating", "behind"),
    (T, "standard-schools", "behind"),
    (T, "military-recruitment", "on_pace"),
    (S, "income-per-capita", "wrong_way"),
    (S, "poverty-rate", "behind"),
    (S, "forest-cover", "on_pace"),
    (S, "child-malnutrition", "far_behind"),
    (S, "health-insurance", "none"),
    (S, "clean-water", "no_data"),
    (S, "military-recruitment", "on_pace"),
    (S, "party-committee-rating", "on_pace"),
]
assert {(r["locality"], r["indicator"]) for r in RECORDS if r["term"] == NEW} == {(l, i) for l, i, _ in PACE}
for pace in ("ahead", "on_pace", "behind", "far_behind", "wrong_way", "no_data"):
    assert sum(p == pace for _, _, p in PACE) >= 1, pace


def bucket(ratio):
    if ratio < 0:
        return "wrong_way"
    if ratio < 0.6 - 1e-9:
        return "far_behind"
    if ratio < 0.95 - 1e-9:
        return "behind"
    return "on_pace"


def yearly_figure(rec, year):
    """The year's figure (a result's value, else its count), or None."""
    for res in rec.get("results", []):
        if res.get("period") == {"year": year}:
            return res.get("value", res.get("count"))
    return None


def pace_row(locality, ind, intended):
    """The record's figures and its pace by the rules above: (record, 2025, 2026, target, ratio)."""
    rec = next(r for r in RECORDS if (r["locality"], r["indicator"], r["term"]) == (locality, ind, NEW))
    tgt, results, ind_ = rec["target"], rec.get("results", []), INDICATOR[ind]
    shape = tgt["shape"]
    goal = tgt["count"] if shape == "count_of_total" else tgt.get("value", tgt.get("grade"))
    base, latest = yearly_figure(rec, 2025), yearly_figure(rec, 2026)
    statuses = [judge(tgt, res, ind_) for res in results if "quarter" not in res.get("period", {})]
    ratio = None
    if shape == "milestone":
        computed = "ahead" if "achieved" in statuses else "none"
    elif tgt.get("every_year") or shape == "maintain":
        computed = "behind" if "not_achieved" in statuses else "on_pace" if statuses else "no_data"
        if computed == "behind" and latest is not None:  # the latest year's share of its target
            ratio = latest / goal
    elif latest is None and base is None:
        computed = "no_data"
    elif base is None or latest is None:
        computed = "none"  # one figure and nothing before it: nothing to measure progress against
    elif shape == "annual_average":
        ratio = (base + latest) / 2 / goal
        computed = bucket(ratio)
    elif shape == "average_growth":
        ratio = (((1 + base / 100) * (1 + latest / 100)) ** 0.5 - 1) * 100 / goal
        computed = bucket(ratio)
    elif statuses[-1] in ("exceeded", "achieved"):
        computed = "ahead"
    else:
        ratio = (latest - base) / ((goal - base) / (tgt.get("deadline_year", 2030) - 2025))
        computed = bucket(ratio)
        if "count" in tgt and shape != "count_of_total":  # a share with a count: the counts agree
            counts = [res["count"] for res in results]
            assert bucket((counts[-1] - counts[0]) / ((tgt["count"] - counts[0]) / 5)) == computed
    assert computed == intended, (locality, ind, intended, computed, ratio)
    return rec, base, latest, goal, ratio


def number(value):
    """A figure as the docs write it: "1,42", "4.920"."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    return f"{value:g}".replace(".", ",")


PACE_ROWS = [(locality, ind, intended, *pace_row(locality, ind, intended)) for locality, ind, intended in PACE]

DATASET = {
    "format": "chitieu-dataset",
    "version": 1,
    "title": t("Dữ liệu minh họa — không phải số liệu thật: một tỉnh sau sáp nhập 2025",
               "Illustrative data — not real figures: a province after the 2025 mergers"),
    "data_as_of": AS_OF,
    "illustrative": True,
    "sources": [
        {"id": SOURCE, "file": "illustrative",
         "title": t("Số liệu minh họa do chương trình tạo ra", "Figures made up by a program")},
    ],
    "localities": LOCALITIES,
    "terms": [
        {"id": OLD, "start_year": 2020, "end_year": 2025},
        {"id": NEW, "start_year": 2025, "end_year": 2030},
    ],
    "domains": [
        {"id": "economy", "name": t("Kinh tế", "Economy")},
        {"id": "culture-society", "name": t("Văn hóa - xã hội", "Culture and society")},
        {"id": "environment", "name": t("Môi trường", "Environment")},
        {"id": "defence-security", "name": t("Quốc phòng - an ninh", "Defence and security")},
        {"id": "party-building", "name": t("Xây dựng Đảng, hệ thống chính trị", "Party and political system building")},
    ],
    "indicators": INDICATORS,
    "records": RECORDS,
    "congresses": CONGRESSES,
    "stated_summaries": SUMMARIES,
}

# Every indicator is used, and each indicator of a new unit is found among at least one of its
# predecessors' records of 2020-2025, so a merged commune's view across terms shows its predecessors.
assert {r["indicator"] for r in RECORDS} == set(INDICATOR_ORDER)
for unit, parts in PREDECESSORS.items():
    for rec in RECORDS:
        if rec["locality"] == unit:
            found = [p for p in parts if (p, rec["indicator"]) in STATUS_OF]
            assert found, (unit, rec["indicator"])


check_spelling(DATASET, ("vi", "grade", "quote"))

if "--pace" in sys.argv:
    # The table of docs/DATASET.md §8: each 2025-2030 record, its figures and its intended pace.
    names = {entry["id"]: entry["name"]["vi"] for entry in LOCALITIES}
    print("| địa phương / locality | chỉ tiêu / indicator | dạng / shape | 2025 | 2026 | mục tiêu / target | hạn / due | "
          "tiến độ / pace | tỷ số / ratio |")
    print("|---|---|---|---|---|---|---|---|---|")
    for locality, ind, intended, rec, base, latest, goal, ratio in PACE_ROWS:
        tgt = rec["target"]
        shape = tgt["shape"] + (", every_year" if tgt.get("every_year") else "")
        goal = f"{number(goal)}" + (f" ({tgt['count']} {INDICATOR[ind]['count_unit']['vi']})"
                                     if "count" in tgt and tgt["shape"] != "count_of_total" else "")
        if tgt["shape"] == "count_of_total":
            goal = f"{number(tgt['count'])}/{number(tgt['total'])}"
        if tgt["shape"] == "milestone":
            goal = "đạt / done"
            done = [res["period"]["year"] for res in rec.get("results", []) if res.get("done")]
            latest = f"đạt / done {done[0]}" if done else None
        if tgt["shape"] == "grade_at_least":
            base = next(res["grade"] for res in rec["results"] if res["period"] == {"year": 2025})
            goal = f"{goal} trở lên / or better"
        share = "—" if ratio is None else f"{ratio:.3f}".replace(".", ",")
        print(f"| {names[locality]} | `{ind}` | `{shape}` | {number(base)} | {number(latest)} | {goal} | "
              f"{tgt.get('deadline_year', 2030)} | `{intended}` | {share} |")
    sys.exit(0)

write_or_check(OUT, DATASET, "build_illustrative_dataset.py", f"{len(RECORDS)} records, {len(INDICATORS)} indicators")
