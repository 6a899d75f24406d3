#!/usr/bin/env python3
"""Builds public/data/default.json, the default dataset, from the source documents in ../shared/seeds.

Every figure names a fragment of its source; the quote stored is the whole sentence (or list item)
around that fragment, cut from the source text itself, so quotes are verbatim by construction.
The script fails when a fragment is missing or ambiguous. Run it after editing:

    python3 data/build_default_dataset.py            # writes public/data/default.json
    python3 data/build_default_dataset.py --check    # exits 1 when the committed file differs

Nothing is invented: where a source gives no figure, the field stays absent. Where a result states
its "% of target" or its margin over the target, that statement is recorded and the app derives
the target, marked as derived.
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
OUT = ROOT / "public" / "data" / "default.json"

FILES = {
    "000": "000_d5ee012ba585c6b9.txt",
    "001": "001_c83031c752d89291.txt",
    "003": "003_7cf2ea4908593b9f.txt",
    "004": "004_b8e0601ee8eb8ff4.txt",
}
TEXTS = {key: (SEEDS / name).read_text(encoding="utf-8") for key, name in FILES.items()}

# Sentence boundaries: a full stop followed by a space, a semicolon, or a line break.
BOUNDARY = re.compile(r"(?<=\.)\s|;|\n")


def quote(source, fragment, whole=None):
    """The sentence of `source` around `fragment` (or `whole` verbatim, when given)."""
    text = TEXTS[source]
    if whole is not None:
        assert whole in text, f"{source}: not found: {whole!r}"
        return {"source": source, "quote": whole}
    # The sources use no-break spaces in places; a plain space in a fragment matches either.
    pattern = re.compile(r"[ \u00a0]".join(re.escape(word) for word in fragment.split(" ")))
    matches = list(pattern.finditer(text))
    assert matches, f"{source}: fragment not found: {fragment!r}"
    first, end = matches[0].start(), matches[0].end()
    start = first
    while start > 0 and not BOUNDARY.match(text, start - 1) and text[start - 1] != "\n":
        start -= 1
    while end < len(text) and not BOUNDARY.match(text, end) and text[end] != "\n":
        end += 1
    sentence = text[start:end].strip()
    if sentence.endswith(("(", ",")):
        sentence = sentence[:-1].strip()
    assert pattern.search(sentence), (source, fragment, sentence)
    return {"source": source, "quote": sentence}


def t(vi, en):
    return {"vi": vi, "en": en}


INDICATORS = []


def indicator(id, vi, en, domain, unit, direction, kind):
    assert all(i["id"] != id for i in INDICATORS), id
    INDICATORS.append({
        "id": id, "name": t(vi, en), "domain": domain, "unit": unit,
        "direction": direction, "kind": kind,
    })


PERCENT = t("%", "%")
BILLION = t("tỷ đồng", "billion VND")
MILLION_PP = t("triệu đồng/người/năm", "million VND/person/year")
TONNES = t("tấn", "tonnes")
TONNES_YEAR = t("tấn/năm", "tonnes/year")
HA = t("ha", "ha")
HEAD = t("con", "head")
QUINTAL_HA = t("tạ/ha", "quintals/ha")
ENTERPRISES = t("doanh nghiệp", "enterprises")
NEIGHBOURHOODS = t("khu phố", "neighbourhoods")
RESIDENTIAL = t("khu dân cư", "residential areas")
SCHOOLS = t("trường", "schools")
COMMUNES = t("xã", "communes")
MEMBERS = t("đảng viên", "party members")
PEOPLE = t("người", "people")
CASES = t("vụ", "cases")
TASKS = t("nhiệm vụ", "tasks")
POINTS_YEAR = t("điểm %/năm", "points/year")
YES_NO = t("đạt / chưa đạt", "yes / no")
H, L, B = "higher_is_better", "lower_is_better", "target_is_best"

# Economy
indicator("economic-structure", "Cơ cấu kinh tế", "Economic structure", "economy", PERCENT, B, "composition")
indicator("non-agricultural-share", "Tỷ trọng kinh tế phi nông nghiệp", "Non-agricultural share of the economy", "economy", PERCENT, H, "share")
indicator("sown-area", "Tổng diện tích gieo trồng", "Total sown area", "economy", HA, H, "amount")
indicator("livestock-cattle", "Tổng đàn gia súc", "Livestock herd", "economy", HEAD, H, "amount")
indicator("livestock-poultry", "Tổng đàn gia cầm", "Poultry flock", "economy", HEAD, H, "amount")
indicator("livestock-total", "Tổng đàn gia súc, gia cầm", "Livestock and poultry, total", "economy", HEAD, H, "amount")
indicator("livestock-buffalo", "Đàn trâu", "Buffalo herd", "economy", HEAD, H, "amount")
indicator("livestock-cows", "Đàn bò", "Cattle herd (cows)", "economy", HEAD, H, "amount")
indicator("livestock-pigs", "Đàn lợn", "Pig herd", "economy", HEAD, H, "amount")
indicator("freshwater-fish", "Sản lượng cá nước ngọt", "Freshwater fish output", "economy", TONNES_YEAR, H, "amount")
indicator("aquaculture-output", "Sản lượng nuôi trồng, khai thác thủy sản", "Aquaculture and fishing output", "economy", TONNES, H, "amount")
indicator("grain-output", "Sản lượng lương thực bình quân hàng năm", "Grain output, yearly average", "economy", TONNES, H, "amount")
indicator("rice-area", "Diện tích lúa", "Rice area", "economy", HA, H, "amount")
indicator("rice-yield", "Năng suất lúa", "Rice yield", "economy", QUINTAL_HA, H, "amount")
indicator("rice-output", "Sản lượng lúa", "Rice output", "economy", TONNES, H, "amount")
indicator("maize-area", "Diện tích ngô", "Maize area", "economy", HA, H, "amount")
indicator("maize-yield", "Năng suất ngô", "Maize yield", "economy", QUINTAL_HA, H, "amount")
indicator("maize-output", "Sản lượng ngô", "Maize output", "economy", TONNES, H, "amount")
indicator("land-accumulation", "Diện tích đất nông nghiệp được tích tụ, tập trung", "Farmland consolidated for large-scale farming", "economy", HA, H, "amount")
indicator("high-tech-farmland", "Diện tích đất nông nghiệp ứng dụng công nghệ cao", "Farmland using high technology", "economy", HA, H, "amount")
indicator("income-per-capita", "Thu nhập bình quân đầu người", "Income per person", "economy", MILLION_PP, H, "amount")
indicator("rural-income-per-capita", "Thu nhập bình quân đầu người khu vực nông thôn", "Rural income per person", "economy", MILLION_PP, H, "amount")
indicator("production-value-growth", "Tốc độ tăng giá trị sản xuất bình quân hàng năm", "Average yearly growth of production value", "economy", PERCENT, H, "rate")
indicator("production-value", "Giá trị sản xuất", "Production value", "economy", BILLION, H, "amount")
indicator("agriculture-value", "Giá trị sản xuất nông, lâm nghiệp, thủy sản", "Production value of agriculture, forestry and fishing", "economy", BILLION, H, "amount")
indicator("industry-construction-value", "Giá trị sản xuất công nghiệp - xây dựng", "Production value of industry and construction", "economy", BILLION, H, "amount")
indicator("services-value", "Giá trị sản xuất dịch vụ, thương mại", "Production value of services and trade", "economy", BILLION, H, "amount")
indicator("investment-mobilised", "Tổng huy động vốn đầu tư", "Investment capital mobilised", "economy", BILLION, H, "amount")
indicator("budget-revenue", "Tổng thu ngân sách Nhà nước trong nhiệm kỳ", "State budget revenue over the term", "economy", BILLION, H, "amount")
indicator("state-budget-revenue-local", "Thu ngân sách nhà nước từ kinh tế địa bàn", "State budget revenue from the local economy", "economy", BILLION, H, "amount")
indicator("budget-revenue-growth", "Tỉ lệ tăng thu ngân sách bình quân hàng năm", "Average yearly growth of budget revenue", "economy", PERCENT, H, "rate")
indicator("new-enterprises", "Doanh nghiệp thành lập mới trong nhiệm kỳ", "New enterprises over the term", "economy", ENTERPRISES, H, "count")
indicator("enterprises", "Số doanh nghiệp", "Enterprises", "economy", ENTERPRISES, H, "count")
indicator("retail-growth", "Tăng trưởng tổng mức bán lẻ hàng hóa, dịch vụ bình quân", "Average yearly growth of retail sales", "economy", PERCENT, H, "rate")
indicator("industry-growth", "Tăng giá trị sản xuất công nghiệp - tiểu thủ công nghiệp bình quân", "Average yearly growth of industry and handicraft output", "economy", PERCENT, H, "rate")
indicator("roads-hardened", "Tỉ lệ đường giao thông được cứng hóa, bê tông hóa", "Roads hardened or concreted", "economy", PERCENT, H, "share")
indicator("land-certificates", "Cấp giấy chứng nhận quyền sử dụng đất", "Land-use certificates issued", "economy", PERCENT, H, "share")
indicator("model-neighbourhoods", "Khu phố đạt danh hiệu kiểu mẫu", "Model neighbourhoods", "economy", NEIGHBOURHOODS, H, "count")
indicator("new-rural-communes", "Xã đạt chuẩn nông thôn mới", "Communes meeting the new-rural standard", "economy", COMMUNES, H, "count")
indicator("new-rural-district", "Huyện đạt chuẩn nông thôn mới", "District meets the new-rural standard", "economy", YES_NO, H, "milestone")
indicator("advanced-new-rural-communes", "Tỉ lệ xã đạt chuẩn nông thôn mới nâng cao", "Communes meeting the advanced new-rural standard", "economy", PERCENT, H, "share")
# Culture and society
indicator("community-houses", "Khu dân cư có nhà sinh hoạt cộng đồng", "Residential areas with a community house", "culture-society", RESIDENTIAL, H, "count")
indicator("cultural-residential-areas", "Khu dân cư văn hóa", "Cultural residential areas", "culture-society", RESIDENTIAL, H, "count")
indicator("cultural-houses-standard", "Khu phố có nhà văn hóa - khu thể thao đạt chuẩn", "Neighbourhoods with a standard cultural house and sports ground", "culture-society", NEIGHBOURHOODS, H, "count")
indicator("cultural-neighbourhoods", "Khu phố đạt danh hiệu khu phố văn hóa", "Cultural neighbourhoods", "culture-society", NEIGHBOURHOODS, H, "count")
indicator("cultural-families", "Tỷ lệ gia đình đạt chuẩn gia đình văn hóa", "Households recognised as cultural families", "culture-society", PERCENT, H, "share")
indicator("cultural-office", "Duy trì công sở thị trấn văn hóa", "Township office kept a cultural office", "culture-society", YES_NO, H, "milestone")
indicator("population-growth", "Tỷ lệ tăng dân số tự nhiên", "Natural population growth", "culture-society", PERCENT, L, "rate")
indicator("birth-rate-change", "Giảm tỷ suất sinh hàng năm", "Yearly change of the birth rate", "culture-society", POINTS_YEAR, L, "rate")
indicator("child-malnutrition", "Tỷ lệ trẻ em suy dinh dưỡng", "Child malnutrition", "culture-society", PERCENT, L, "share")
indicator("poverty-rate", "Tỷ lệ hộ nghèo", "Poor households", "culture-society", PERCENT, L, "share")
indicator("poverty-rate-change", "Giảm tỷ lệ hộ nghèo bình quân hàng năm", "Yearly change of the poverty rate", "culture-society", POINTS_YEAR, L, "rate")
indicator("near-poverty-rate", "Tỷ lệ hộ cận nghèo", "Near-poor households", "culture-society", PERCENT, L, "share")
indicator("school-enrolment", "Huy động học sinh ra lớp", "Pupils enrolled", "culture-society", PERCENT, H, "share")
indicator("pupil-retention", "Duy trì sĩ số học sinh", "Pupils retained", "culture-society", PERCENT, H, "share")
indicator("enrolment-kindergarten", "Huy động trẻ mẫu giáo đúng độ tuổi", "Kindergarten enrolment at the right age", "culture-society", PERCENT, H, "share")
indicator("enrolment-primary", "Huy động học sinh tiểu học", "Primary enrolment", "culture-society", PERCENT, H, "share")
indicator("enrolment-lower-secondary", "Huy động học sinh trung học cơ sở", "Lower-secondary enrolment", "culture-society", PERCENT, H, "share")
indicator("enrolment-upper-secondary", "Huy động học sinh trung học phổ thông", "Upper-secondary enrolment", "culture-society", PERCENT, H, "share")
indicator("graduation-lower-secondary", "Tỷ lệ tốt nghiệp trung học cơ sở", "Lower-secondary graduation", "culture-society", PERCENT, H, "share")
indicator("graduation-upper-secondary", "Tỷ lệ tốt nghiệp trung học phổ thông", "Upper-secondary graduation", "culture-society", PERCENT, H, "share")
indicator("standard-schools", "Trường đạt chuẩn quốc gia", "Schools meeting the national standard", "culture-society", SCHOOLS, H, "count")
indicator("standard-schools-share", "Tỷ lệ trường đạt chuẩn quốc gia", "Share of schools meeting the national standard", "culture-society", PERCENT, H, "share")
indicator("temporary-houses-removed", "Xóa nhà tạm cho đối tượng chính sách", "Temporary houses of policy beneficiaries replaced", "culture-society", YES_NO, H, "milestone")
indicator("health-insurance", "Tỷ lệ dân số tham gia bảo hiểm y tế", "Population with health insurance", "culture-society", PERCENT, H, "share")
indicator("child-vaccination", "Tỷ lệ trẻ em được tiêm phòng đầy đủ", "Children fully vaccinated", "culture-society", PERCENT, H, "share")
indicator("standard-housing", "Tỷ lệ hộ gia đình có nhà ở đạt tiêu chuẩn", "Households with standard housing", "culture-society", PERCENT, H, "share")
indicator("trained-labour", "Tỷ lệ lao động qua đào tạo", "Trained workforce", "culture-society", PERCENT, H, "share")
indicator("agricultural-labour", "Tỷ lệ lao động nông nghiệp trong tổng số lao động", "Agricultural share of the workforce", "culture-society", PERCENT, L, "share")
indicator("labour-export", "Người đi xuất khẩu lao động", "People working abroad under contract", "culture-society", PEOPLE, H, "count")
indicator("model-unit", "Thị trấn đạt đơn vị kiểu mẫu", "Township becomes a model unit", "culture-society", YES_NO, H, "milestone")
# Environment
indicator("forest-cover", "Tỷ lệ che phủ rừng", "Forest cover", "environment", PERCENT, H, "share")
indicator("waste-collection", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "Household solid waste collected and treated", "environment", PERCENT, H, "share")
indicator("hygienic-water", "Tỷ lệ dân số sử dụng nước hợp vệ sinh", "Population using hygienic water", "environment", PERCENT, H, "share")
indicator("clean-water", "Tỷ lệ dân số sử dụng nước sạch", "Population using clean water", "environment", PERCENT, H, "share")
indicator("environment-compliance", "Tỉ lệ cơ sở sản xuất, kinh doanh đảm bảo quy định về bảo vệ môi trường", "Businesses complying with environmental rules", "environment", PERCENT, H, "share")
# Defence and security
indicator("conscription", "Giao quân hàng năm", "Yearly conscription quota delivered", "defence-security", PERCENT, H, "share")
indicator("recruits", "Thanh niên nhập ngũ", "Recruits handed over", "defence-security", PEOPLE, H, "count")
indicator("militia-share", "Tỷ lệ dân quân so với dân số", "Militia as a share of the population", "defence-security", PERCENT, H, "share")
indicator("militia-training", "Tỷ lệ huấn luyện dân quân hàng năm", "Militia trained each year", "defence-security", PERCENT, H, "share")
indicator("safe-residential-areas", "Tỷ lệ khu dân cư đạt tiêu chuẩn an toàn về an ninh trật tự", "Residential areas meeting the public-security standard", "defence-security", PERCENT, H, "share")
indicator("safe-schools", "Tỷ lệ trường học đạt tiêu chuẩn an toàn về an ninh trật tự", "Schools meeting the public-security standard", "defence-security", PERCENT, H, "share")
indicator("security-incidents-resolved", "Vụ việc an ninh trật tự được giải quyết dứt điểm", "Public-security incidents fully resolved", "defence-security", CASES, H, "count")
# Party building
indicator("new-party-members", "Đảng viên mới kết nạp trong nhiệm kỳ", "New party members over the term", "party-building", MEMBERS, H, "count")
indicator("new-party-members-per-year", "Đảng viên mới kết nạp hàng năm", "New party members per year", "party-building", MEMBERS, H, "count")
indicator("party-members", "Tổng số đảng viên", "Party members", "party-building", MEMBERS, H, "count")
indicator("party-cells-good", "Tỉ lệ chi bộ hoàn thành tốt nhiệm vụ", "Party cells completing their tasks well", "party-building", PERCENT, H, "share")
indicator("party-cells-excellent", "Tỉ lệ chi bộ hoàn thành xuất sắc nhiệm vụ", "Party cells completing their tasks excellently", "party-building", PERCENT, H, "share")
indicator("party-organisations-completing", "Tổ chức cơ sở đảng hoàn thành nhiệm vụ trở lên", "Grassroots party organisations completing their tasks or better", "party-building", PERCENT, H, "share")
indicator("tasks-assessed", "Nhiệm vụ công tác được đánh giá trong quý", "Tasks assessed in the quarter", "party-building", TASKS, H, "count")
indicator("key-tasks-planned", "Nhiệm vụ trọng tâm đề ra cho quý", "Key tasks set for the quarter", "party-building", TASKS, H, "count")

RECORDS = []


def record(locality, ind, term, target=None, results=(), stated=None):
    assert any(i["id"] == ind for i in INDICATORS), ind
    rec = {"locality": locality, "indicator": ind, "term": term}
    if target is not None:
        rec["target"] = target
    if results:
        rec["results"] = list(results)
    if stated is not None:
        rec["stated_status"] = stated
    RECORDS.append(rec)


def target(shape, source, fragment=None, whole=None, deadline=None, **params):
    out = {"shape": shape}
    out.update(params)
    if deadline is not None:
        out["deadline_year"] = deadline
    out["source"] = quote(source, fragment, whole)
    return out


def result(source, fragment, value=None, year=None, quarter=None, estimated=False, percent=None,
           margin=None, total=None, done=None, note=None, whole=None):
    out = {}
    if value is not None:
        out["value"] = value
    if total is not None:
        out["total"] = total
    if done is not None:
        out["done"] = done
    period = {}
    if year is not None:
        period["year"] = year
    if quarter is not None:
        period["quarter"] = quarter
    if period:
        out["period"] = period
    if estimated:
        out["estimated"] = True
    if percent is not None:
        out["stated_percent_of_target"] = percent
    if margin is not None:
        out["stated_margin_over_target"] = margin
    if note is not None:
        out["note"] = note
    out["source"] = quote(source, fragment, whole)
    return out


def stated(status, source, fragment):
    return {"status": status, "source": quote(source, fragment)}


# ---------------------------------------------------------------- Kbang, 2015-2020 targets (000)
K, KT = "kbang", "2015-2020"
record(K, "non-agricultural-share", KT, target("level", "000", "Tỷ trọng kinh tế phi nông nghiệp: đạt 67,5%", value=67.5))
record(K, "economic-structure", KT, target("composition", "000", "Thương mại - dịch vụ đạt 48,5%", parts=[
    {"part": t("Thương mại - dịch vụ", "Trade and services"), "value": 48.5},
    {"part": t("Công nghiệp - xây dựng", "Industry and construction"), "value": 19},
    {"part": t("Nông - lâm nghiệp - thuỷ sản", "Agriculture, forestry and fishing"), "value": 32.5},
]))
record(K, "sown-area", KT, target("level", "000", "Tổng diện tích gieo trồng 1.125 ha", value=1125))
record(K, "livestock-cattle", KT, target("level", "000", "Tổng đàn gia súc 12.000 con", value=12000))
record(K, "livestock-poultry", KT, target("level", "000", "Tổng đàn gia cầm 30.000con", value=30000))
record(K, "freshwater-fish", KT, target("annual_average", "000", "Sản lượng cá nước ngọt 25 tấn/năm", value=25))
record(K, "roads-hardened", KT, target("level", "000", "Bê tông hóa đường GTVĐ 100% số tuyến đủ điều kiện xây dựng", value=100))
record(K, "income-per-capita", KT, target("level", "000", "Thu nhập bình quân đầu người đến cuối nhiệm kỳ đạt 50 triệu đồng/người/năm", value=50))
record(K, "land-certificates", KT, target("level", "000", "Cấp giấy chứng nhận quyền SDĐ: đạt 100%", value=100))
record(K, "community-houses", KT, target("count_of_total", "000", "Khu dân cư có nhà sinh hoạt cộng đồng: 27/27 đơn vị", count=27, total=27))
record(K, "cultural-residential-areas", KT, target("count_of_total", "000", "Khu dân cư văn hóa 24/27 khu dân cư", count=24, total=27))
record(K, "cultural-families", KT, target("level", "000", "Tỷ lệ hộ đạt gia đình văn hoá: đạt 95%", value=95))
record(K, "cultural-office", KT, target("milestone", "000", "Duy trì công sở thị trấn văn hóa"))
record(K, "population-growth", KT, target("level", "000", "Tỷ lệ tăng dân số tự nhiên: 0,95%", value=0.95))
record(K, "birth-rate-change", KT, target("change_per_year", "000", "giảm tỷ xuất sinh 0,33%/ năm", value=-0.33))
record(K, "child-malnutrition", KT, target("level", "000", "Tỷ lệ trẻ suy dinh dưỡng: 9,5%", value=9.5))
# The source breaks "1,44%" across lines; the quote keeps the break exactly as the source has it.
record(K, "poverty-rate", KT, target("level", "000", whole="Giảm tỷ lệ hộ nghèo: chiếm 1,4\n\u00a0\n\u00a0\n4% (giảm trung bình 1,3%/ năm)", value=1.44))
record(K, "poverty-rate-change", KT, target("change_per_year", "000", whole="4% (giảm trung bình 1,3%/ năm)", value=-1.3))
record(K, "school-enrolment", KT, target("level", "000", "Huy động học sinh ra lớp: 100%", value=100))
record(K, "pupil-retention", KT, target("above", "000", "Duy trì sĩ số học sinh đạt > 99%", value=99))
record(K, "standard-schools", KT, target("count_of_total", "000", "Trường đạt chuẩn quốc gia: 8/8 trường", count=8, total=8))
record(K, "temporary-houses-removed", KT, target("milestone", "000", "Xóa nhà tạm cho đối tượng chính sách"))
record(K, "health-insurance", KT, target("level", "000", "Tỷ lệ nhân dân tham gia BHYT: đạt 78,5% dân số", value=78.5))
record(K, "conscription", KT, target("level", "000", "Giao quân hàng năm: đạt 100%", value=100))
record(K, "militia-share", KT, target("level", "000", "xây dựng tỷ lệ dân quân hàng năm đạt tỷ lệ 1% dân số", value=1))
record(K, "militia-training", KT, target("level", "000", "Tỷ lệ huấn luyện dân quân hàng năm: 90%", value=90))
record(K, "safe-residential-areas", KT, target("level", "000", "70% khu dân cư và 100% trường học", value=70))
record(K, "safe-schools", KT, target("level", "000", "70% khu dân cư và 100% trường học", value=100))

# ------------------------------------------------------ Bến Sung, 2020-2025 results (001)
S, ST, SN = "ben-sung", "2020-2025", "2025-2030"
record(S, "production-value-growth", ST, results=[result("001", "Tốc độ tăng giá trị sản xuất bình quân hàng năm ước đạt 27,2%", 27.2, estimated=True, margin=6.7)],
       stated=stated("exceeded", "001", "vượt 6,7% mục tiêu nghị quyết"))
record(S, "production-value", ST, results=[result("001", "Giá trị sản xuất năm 2025 ước đạt 2.732,16 tỷ đồng", 2732.16, year=2025, estimated=True, percent=153)])
record(S, "income-per-capita", ST, results=[result("001", "Thu nhập bình quân đầu người năm 2025 ước đạt 76,6 triệu đồng", 76.6, year=2025, estimated=True, percent=88.05)])
record(S, "agriculture-value", ST, results=[result("001", "Tổng giá trị sản xuất ngành nông, lâm nghiệp, thủy sản năm 2025 ước đạt 202,18 tỷ đồng", 202.18, year=2025, estimated=True, percent=100.9,
       note=t("Nguồn ghi \"tăng 0,9% so với mục tiêu Nghị quyết\", tức 100,9 % mục tiêu.", "The source says \"0.9% above the resolution's target\", that is 100.9 % of target."))])
record(S, "grain-output", ST, results=[result("001", "Sản lượng lương thực cây có hạt bình quân hàng năm đạt 1.354 tấn", 1354, percent=100)],
       stated=stated("achieved", "001", "Sản lượng lương thực cây có hạt bình quân hàng năm đạt 1.354 tấn"))
record(S, "livestock-total", ST, results=[result("001", "Tổng đàn gia súc, gia cầm năm 2025 ước đạt 18.805 con", 18805, year=2025, estimated=True, percent=100)],
       stated=stated("achieved", "001", "Tổng đàn gia súc, gia cầm năm 2025 ước đạt 18.805 con"))
record(S, "aquaculture-output", ST, results=[result("001", "Sản lượng nuôi trồng, khai thác năm 2025 ước đạt 150 tấn", 150, year=2025, estimated=True, percent=100)],
       stated=stated("achieved", "001", "Sản lượng nuôi trồng, khai thác năm 2025 ước đạt 150 tấn"))
record(S, "forest-cover", ST, results=[result("001", "Độ che phủ rừng đạt 45,2%", 45.2, percent=100)],
       stated=stated("achieved", "001", "Độ che phủ rừng đạt 45,2%"))
record(S, "industry-construction-value", ST, results=[result("001", "Tổng giá trị sản xuất công nghiệp - xây dựng năm 2025 ước đạt 617,47 tỷ đồng", 617.47, year=2025, estimated=True, percent=137.85,
       note=t("Nguồn ghi \"tăng 37,85% so với mục tiêu Nghị quyết\".", "The source says \"37.85% above the resolution's target\"."))])
# The source gives two readings of the same figure: 25 % of target, and 1.813/250 = 725,2 % of target.
record(S, "investment-mobilised", ST, results=[
    result("001", "tổng huy động vốn đầu tư phát triển đạt hơn 1.813 tỷ đồng", 1813, percent=25),
    result("001", "Tổng huy động vốn đầu tư toàn xã hội ước 1.813/250 tỷ đồng", 1813, estimated=True, percent=725.2),
])
record(S, "roads-hardened", ST, results=[result("001", "tỷ lệ đường giao thông cứng hóa đạt 100%", 100)],
       stated=stated("achieved", "001", "tỷ lệ đường giao thông cứng hóa đạt 100%"))
record(S, "services-value", ST, results=[result("001", "Tổng giá trị sản xuất ngành dịch vụ, thương mại năm 2025 ước đạt 1.912,51 tỷ đồng", 1912.51, year=2025, estimated=True, percent=153.32,
       note=t("Nguồn ghi \"tăng 53,32% so với mục tiêu Nghị quyết\".", "The source says \"53.32% above the resolution's target\"."))])
record(S, "new-enterprises", ST, target("level", "001", "có 81/80 doanh nghiệp được thành lập mới", value=80),
       results=[result("001", "có 81/80 doanh nghiệp được thành lập mới", 81, percent=101.3)])
record(S, "waste-collection", ST, results=[result("001", "Tỷ lệ thu gom rác thải rắn đạt 98,9%", 98.9, margin=3.9)])
record(S, "hygienic-water", ST, results=[result("001", "Tỷ lệ dân số được dùng nước hợp vệ sinh đạt 100%", 100)],
       stated=stated("achieved", "001", "Tỷ lệ dân số được dùng nước hợp vệ sinh đạt 100%"))
record(S, "clean-water", ST, results=[result("001", "trong đó nước sạch đạt 98%", 98)],
       stated=stated("achieved", "001", "trong đó nước sạch đạt 98%"))
record(S, "budget-revenue", ST, target("level", "001", "Tổng thu ngân sách Nhà nước trong 5 năm đạt 198,75/1.400 tỷ đồng", value=1400),
       results=[result("001", "Tổng thu ngân sách Nhà nước trong 5 năm đạt 198,75/1.400 tỷ đồng", 198.75, percent=14.2)])
# Two counts of model neighbourhoods: 11/16 in the results section, 10 in the summary.
record(S, "model-neighbourhoods", ST, results=[
    result("001", "11/16 khu phố đạt danh hiệu khu phố kiểu mẫu", 11, total=16),
    result("001", "Trong nhiệm kỳ có 10 khu phố, 02 đơn vị trường học đạt danh hiệu kiểu mẫu", 10),
], stated=stated("not_achieved", "001", "11/16 khu phố đạt danh hiệu khu phố kiểu mẫu"))
record(S, "cultural-houses-standard", ST, results=[result("001", "15/16 khu phố có nhà văn hóa - khu thể thao đạt chuẩn", 15, total=16)])
record(S, "cultural-neighbourhoods", ST, results=[result("001", "16/16 khu phố đạt danh hiệu khu phố văn hóa", 16, total=16)])
record(S, "cultural-families", ST, results=[result("001", "98% gia đình được công nhận gia đình văn hóa", 98)],
       stated=stated("achieved", "001", "98% gia đình được công nhận gia đình văn hóa"))
record(S, "child-vaccination", ST, results=[result("001", "với 100% trẻ em trong độ tuổi được tiêm phòng đầy đủ", 100)])
record(S, "child-malnutrition", ST, results=[result("001", "Tỷ lệ suy dinh dưỡng ở trẻ em dưới 5 tuổi là 5,1%", 5.1)],
       stated=stated("achieved", "001", "Tỷ lệ suy dinh dưỡng ở trẻ em dưới 5 tuổi là 5,1%"))
record(S, "population-growth", ST, results=[result("001", "Tốc độ tăng dân số tự nhiên là 0,7%", 0.7)])
record(S, "health-insurance", ST, results=[result("001", "tỷ lệ người dân tham Bảo hiểm y tế đạt 95,6%", 95.6, margin=3.9)],
       stated=stated("exceeded", "001", "tỷ lệ người dân tham Bảo hiểm y tế đạt 95,6%"))
record(S, "poverty-rate", ST, results=[result("001", "Tỷ lệ hộ nghèo giảm 0,5%, hiện nay còn 1,1%", 1.1)],
       stated=stated("achieved", "001", "Tỷ lệ hộ nghèo giảm 0,5%, hiện nay còn 1,1%"))
record(S, "trained-labour", ST, results=[result("001", "nâng tỷ lệ lao động qua đào tạo lên 97%", 97, percent=102, margin=0.2)],
       stated=stated("exceeded", "001", "nâng tỷ lệ lao động qua đào tạo lên 97%"))
record(S, "agricultural-labour", ST, results=[result("001", "Tỷ lệ lao động nông nghiệp trong tổng số lao động xã hội còn 38%", 38, percent=100)])
record(S, "labour-export", ST, results=[result("001", "có 125 người tham gia xuất khẩu lao động", 125)],
       stated=stated("achieved", "001", "có 125 người tham gia xuất khẩu lao động"))
record(S, "recruits", ST, results=[result("001", "bàn giao 28 thanh niên nhập ngũ, đạt 100% chỉ tiêu", 28, percent=100)])
record(S, "security-incidents-resolved", ST, results=[result("001", "có 18 vụ việc xảy ra, giải quyết dứt điểm 16 vụ", 16, total=18)])
record(S, "safe-residential-areas", ST, results=[result("001", "100% khu dân cư đạt tiêu chuẩn an ninh trật tự", 100)])
record(S, "new-party-members", ST, results=[result("001", "kết nạp 54 đồng chí vào Đảng", 54, margin=4)],
       stated=stated("exceeded", "001", "vượt chỉ tiêu nghị quyết Đại hội 04 đồng chí"))

# ------------------------------------------------------ Bến Sung, 2025-2030 targets (001)
def bs(ind, shape, fragment, deadline=2030, **params):
    record(S, ind, SN, target(shape, "001", fragment, deadline=deadline, **params))


bs("income-per-capita", "level", "(1) Thu nhập bình quân đầu người/năm đến năm 2030 đạt: 92 triệu đồng", value=92)
bs("grain-output", "annual_average", "(2) Tổng sản lượng lương thực bình quân hàng năm: 1.118 tấn", value=1118)
bs("land-accumulation", "level", "05 năm giai đoạn 2026-2030 là: 50 ha", value=50)
bs("high-tech-farmland", "level", "diện tích đất sản xuất nông nghiệp được ứng dụng công nghệ cao là: 25 ha", value=25)
bs("rice-area", "level", "- Cây lúa: + Diện tích: 160 ha", value=160)
bs("rice-yield", "level", "+ Năng suất: 60 tạ/ha", value=60)
bs("rice-output", "level", "+ Sản lượng: 992 tấn", value=992)
bs("maize-area", "level", "- Cây Ngô: + Diện tích: 30 ha", value=30)
bs("maize-yield", "level", "+ Năng suất: 42 tạ/ha", value=42)
bs("maize-output", "level", "+ Sản lượng: 126 tấn", value=126)
bs("livestock-total", "level", "(5) Tổng đàn gia súc, gia cầm năm 2030: 10.510 con", value=10510)
bs("livestock-buffalo", "level", "Trong đó, đàn trâu: 60 con", value=60)
bs("livestock-cows", "level", "đàn bò: 90 con", value=90)
bs("livestock-pigs", "level", "đàn lợn: 350 con", value=350)
bs("livestock-poultry", "level", "đàn gia cầm: 10.000 con", value=10000)
bs("aquaculture-output", "level", "(6) Sản lượng nuôi trồng, khai thác thủy sản năm 2030: 150 tấn", value=150)
bs("budget-revenue-growth", "average_growth", "(7) Tỉ lệ tăng thu ngân sách bình quân hàng năm: 12%", value=12)
bs("new-enterprises", "level", "(8) Số lượng doanh nghiệp thành lập mới trên địa bàn đến năm 2030 là: 75 doanh nghiệp", value=75)
bs("roads-hardened", "level", "được cứng hóa năm 2030 đạt: 100%", value=100)
bs("model-neighbourhoods", "count_of_total", "(10) Tỉ lệ khu phố đạt danh hiệu kiểu mẫu năm 2030: 87,5% (14/16 khu phố)", count=14, total=16)
bs("population-growth", "annual_average", "(11) Tốc độ tăng dân số bình quân hằng năm: 0,72%", value=0.72)
bs("child-vaccination", "level", "(12) Tỉ lệ trẻ em dưới 06 tuổi được tiêm phòng hàng năm: 100%", value=100)
bs("health-insurance", "at_least", "(13) Tỉ lệ dân số tham gia BHYT trên tổng dân số năm 2030 đạt: 96% trở lên", value=96)
bs("standard-housing", "level", "(14) Tỉ lệ hộ gia đình có nhà ở đạt tiêu chuẩn năm 2030 đạt: 100%", value=100)
bs("poverty-rate-change", "change_per_year", "(15) Tỉ lệ hộ nghèo giảm bình quân hàng năm là: 0,09%", value=-0.09)
bs("near-poverty-rate", "level", "(16) Tỉ lệ hộ cận nghèo năm 2030 còn: 1,0%", value=1.0)
bs("cultural-families", "level", "(17) Tỉ lệ gia đình đạt chuẩn gia đình văn hóa đến năm 2030 đạt: 98,5%", value=98.5)
bs("model-unit", "milestone", "(18) Phấn đấu thị trấn đạt đơn vị kiểu mẫu theo lời dạy của Chủ tịch Hồ Chí Minh vào năm 2028", deadline=2028)
bs("forest-cover", "level", "(19) Tỉ lệ che phủ rừng năm 2030 là: 45,6%", value=45.6)
bs("hygienic-water", "level", "(20) Tỉ lệ dân số được sử dụng nguồn nước hợp vệ sinh năm 2030 đạt 100%", value=100)
record(S, "clean-water", SN, target("level", "001", whole="trong đó, tỉ lệ dân số được sử dụng nước sạch theo tiêu chuẩn của Bộ Y tế\nđat: 100%", deadline=2030, value=100))
bs("waste-collection", "level", "(21) Tỉ lệ chất thải rắn sinh hoạt được thu gom, xử lý năm 2030 đạt: 100%", value=100)
bs("safe-residential-areas", "level", "(22) Tỉ lệ khu dân cư đạt tiêu chuẩn an toàn về an ninh trật tự hàng năm đạt: 100%", value=100)
bs("new-party-members-per-year", "at_least", "(23) Tổng số đảng viên mới kết nạp hàng năm từ 15 đảng viên trở lên", value=15)
bs("party-cells-good", "level", "(24) Tỉ lệ chi bộ đảng hoàn thành tốt nhiệm vụ hàng năm 100%", value=100)
bs("party-cells-excellent", "level", "Trong đó, 20% hoàn thành xuất sắc nhiệm vụ", value=20)

# ------------------------------------------------- Chợ Mới, 2015-2020 results (003)
C, CT, CN = "cho-moi", "2015-2020", "2020-2025"
record(C, "new-rural-communes", CT, results=[result("003", "Đến nay có 9/16 xã được công nhận đạt chuẩn nông thôn mới", 9, total=16)],
       stated=stated("achieved", "003", "Đến nay có 9/16 xã được công nhận đạt chuẩn nông thôn mới"))
record(C, "enterprises", CT, results=[result("003", "Đến nay toàn huyện có 607 doanh nghiệp", 607)])
record(C, "retail-growth", CT, results=[result("003", "tổng mức bán lẻ hàng hóa dịch vụ nhiệm kỳ qua tăng bình quân 18,7%/năm", 18.7)])
record(C, "industry-growth", CT, results=[result("003", "Giá trị sản xuất bình quân tăng 6,2%/năm", 6.2)])
record(C, "standard-schools", CT, results=[result("003", "hiện toàn huyện có 33 trường đạt chuẩn quốc gia", 33)])
record(C, "poverty-rate", CT, results=[
    result("003", "Tỷ lệ hộ nghèo giảm từ 6,24% đầu năm 2015 xuống còn 1,66% năm 2019", 6.24, year=2015),
    result("003", "Tỷ lệ hộ nghèo giảm từ 6,24% đầu năm 2015 xuống còn 1,66% năm 2019", 1.66, year=2019),
], stated=stated("achieved", "003", "Tỷ lệ hộ nghèo giảm từ 6,24% đầu năm 2015 xuống còn 1,66% năm 2019"))
record(C, "near-poverty-rate", CT, results=[
    result("003", "hộ cận nghèo giảm từ 5% đầu năm 2015 xuống còn 2,54% năm 2019", 5, year=2015),
    result("003", "hộ cận nghèo giảm từ 5% đầu năm 2015 xuống còn 2,54% năm 2019", 2.54, year=2019),
])
record(C, "health-insurance", CT,
       target("level", "003", "đến nay đạt 84,51% so dân số (nghị quyết 80%", value=80),
       results=[
           result("003", "năm 2015 đạt 61,61%", 61.61, year=2015),
           result("003", "đến nay đạt 84,51% so dân số (nghị quyết 80%", 84.51, note=t(
               "Chỉ tiêu tỉnh giao đến năm 2020 là 88,91 % dân số.", "The province's target for 2020 was 88.91 % of the population.")),
       ])
record(C, "waste-collection", CT, results=[result("003", "Đến nay tỷ lệ thu gom rác thải sinh hoạt toàn huyện đạt 66,98%", 66.98)])
record(C, "militia-share", CT, results=[result("003", "đạt tỷ lệ 0,73% so dân số", 0.73)])
record(C, "new-party-members", CT, results=[result("003", "phát triển mới 1.535 đồng chí", 1535, percent=102.3)])
record(C, "party-members", CT, results=[result("003", "hiện toàn huyện có 7.172 đảng viên", 7172)])

# ------------------------------------------------- Chợ Mới, 2020-2025 targets (003)
def cm(ind, shape, fragment, deadline=None, **params):
    record(C, ind, CN, target(shape, "003", fragment, deadline=deadline, **params))


cm("state-budget-revenue-local", "at_least", "(1) Thu ngân sách nhà nước từ kinh tế địa bàn đến 2025 đạt 707 tỉ đồng trở lên", value=707)
cm("rural-income-per-capita", "at_least", "(2) Thu nhập bình quân đầu người khu vực nông thôn theo tiêu chí nông thôn mới đến năm 2025 đạt từ 85 triệu đồng/người/năm trở lên", value=85)
cm("environment-compliance", "at_least", "(3) Tỉ lệ cơ sở sản xuất, kinh doanh đảm bảo quy định về bảo vệ môi trường từ 95% trở lên", value=95)
cm("enrolment-kindergarten", "level", "mẫu giáo đúng độ tuổi 99%", value=99)
cm("enrolment-primary", "level", "Tiểu học 99%; Trung học cơ sở 98%", value=99)
cm("enrolment-lower-secondary", "level", "Trung học cơ sở 98%", value=98)
cm("enrolment-upper-secondary", "level", "Trung học phổ thông 98%", value=98)
cm("graduation-lower-secondary", "level", "(5) Tỷ lệ học sinh tốt nghiệp: Trung học cơ sở 99%", value=99)
cm("graduation-upper-secondary", "level", "Trung học cơ sở 99%; Trung học phổ thông 99%", value=99)
cm("standard-schools-share", "level", "(6) Đến năm 2025 tỷ lệ trường đạt chuẩn quốc gia đạt 70% tổng số trường học trên địa bàn huyện", value=70)
cm("trained-labour", "at_least", "(7) Tỉ lệ lao động qua đào tạo từ 65% trở lên", value=65)
cm("poverty-rate", "below", "(8) Tỉ lệ hộ nghèo duy trì dưới 4%", value=4)
cm("near-poverty-rate", "below", "hộ cận nghèo dưới 5% (theo chuẩn mới)", value=5)
cm("health-insurance", "at_least", "(9) Tỉ lệ bảo hiểm y tế toàn dân đến 2025 đạt từ 95% trở lên", value=95)
cm("hygienic-water", "level", "(10) Tỉ lệ hộ sử dụng nước hợp vệ sinh đạt 95%", value=95)
cm("waste-collection", "at_least", "(11) Tỷ lệ thu gom rác thải sinh hoạt trên địa bàn huyện 80% trở lên", value=80)
cm("new-rural-district", "milestone", "(12) Đến năm 2023 hoàn thành đạt chuẩn huyện Nông thôn mới", deadline=2023)
cm("advanced-new-rural-communes", "level", "đến 2025 phấn đấu có 50% xã đạt chuẩn nông thôn mới nâng cao", value=50)
cm("party-organisations-completing", "at_least", "(14) Tổ chức cơ sở đảng được công nhận từ mức hoàn thành nhiệm vụ trở lên hằng năm đạt từ 95%", value=95)

# ------------------------------------------------- Thường Xuân, quarter 1/2022 (004)
X, XT = "thuong-xuan", "2020-2025"
record(X, "tasks-assessed", XT, results=[result("004", "đánh giá kết quả 34 nhiệm vụ công tác", 34, year=2022, quarter=1)])
record(X, "key-tasks-planned", XT, results=[result("004", "Hội nghị thảo luận cho ý kiến vào 17 nhiệm vụ trọng tâm quý 2/2022", 17, year=2022, quarter=2)])
record(X, "land-accumulation", XT, target("level", "004", "đảm bảo kế hoạch tích tụ đất đai theo chỉ tiêu huyện giao năm 2022 là 10 ha đất", deadline=2022, value=10))

DATASET = {
    "format": "chitieu-dataset",
    "version": 1,
    "title": t("Chỉ tiêu Nghị quyết Đại hội Đảng bộ cơ sở", "Targets of local party-congress resolutions"),
    "data_as_of": "2025-09-30",
    "sources": [
        {"id": "000", "file": FILES["000"], "title": t("Thị trấn Kbang: Mục tiêu chủ yếu 5 năm 2015-2020", "Kbang township: main targets for 2015-2020")},
        {"id": "001", "file": FILES["001"], "title": t("Thị trấn Bến Sung: Báo cáo chính trị Đại hội lần thứ VI, nhiệm kỳ 2025-2030", "Bến Sung township: political report to the 6th congress, 2025-2030")},
        {"id": "003", "file": FILES["003"], "title": t("Huyện Chợ Mới: Dự thảo Báo cáo chính trị (2020)", "Chợ Mới district: draft political report (2020)")},
        {"id": "004", "file": FILES["004"], "title": t("Thị trấn Thường Xuân: Sơ kết quý 1/2022", "Thường Xuân township: first-quarter 2022 review")},
    ],
    "localities": [
        {"id": "kbang", "name": t("Thị trấn Kbang", "Kbang township"), "level": "township", "province": "Gia Lai"},
        {"id": "ben-sung", "name": t("Thị trấn Bến Sung", "Bến Sung township"), "level": "township", "province": "Thanh Hóa"},
        {"id": "cho-moi", "name": t("Huyện Chợ Mới", "Chợ Mới district"), "level": "district", "province": "An Giang"},
        {"id": "thuong-xuan", "name": t("Thị trấn Thường Xuân", "Thường Xuân township"), "level": "township", "province": "Thanh Hóa"},
    ],
    "terms": [
        {"id": "2015-2020", "start_year": 2015, "end_year": 2020},
        {"id": "2020-2025", "start_year": 2020, "end_year": 2025},
        {"id": "2025-2030", "start_year": 2025, "end_year": 2030},
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
    "congresses": [
        {"locality": "kbang", "term": "2015-2020", "ordinal": 8, "source": quote("000", "Xác định cơ cấu kinh tế nhiệm kỳ VIII")},
        {"locality": "ben-sung", "term": "2020-2025", "ordinal": 5, "source": quote("001", "Nghị quyết Đại hội Đảng bộ thị trấn lần thứ V, nhiệm kỳ 2020-2025")},
        {"locality": "ben-sung", "term": "2025-2030", "ordinal": 6, "source": quote("001", "tại Đại hội đại biểu Đảng bộ lần thứ VI, nhiệm kỳ 2025- 2030")},
    ],
    "stated_summaries": [
        {"locality": "ben-sung", "term": "2020-2025", "met": 23, "total": 26, "exceeded": 10,
         "source": quote("001", "kết thúc nhiệm kỳ đạt 23/26 chỉ tiêu, trong đó có 10 chỉ tiêu vượt kế hoạch")},
    ],
}

text = json.dumps(DATASET, ensure_ascii=False, indent=1) + "\n"
if "--check" in sys.argv:
    if OUT.read_text(encoding="utf-8") != text:
        print(f"{OUT} is out of date: run python3 data/build_default_dataset.py", file=sys.stderr)
        sys.exit(1)
    print(f"{OUT.name}: up to date ({len(RECORDS)} records, {len(INDICATORS)} indicators)")
else:
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(RECORDS)} records, {len(INDICATORS)} indicators)")
