//! The dataset format, version 1, as Rust types.
//!
//! These types are the single definition of the format: the JSON Schema in
//! `public/schema/dataset-v1.schema.json` is generated from them (feature `schema`) and a test keeps
//! the committed file equal to the generated one. `docs/DATASET.md` is the guide for people.

use serde::{Deserialize, Serialize};

/// A unit enum read from its id in the file: the ids are listed once per enum, in the order of
/// its variants, and every enum reads a string through the one `variant_at` (serde's derive
/// writes a reader per enum: for these five, about 7 KB of the browser's wasm, 0.8 KB of it
/// compressed). A test holds the ids equal to those the derived `Serialize` writes.
macro_rules! read_by_id {
    ($name:ident { $($variant:ident = $id:literal),+ $(,)? }) => {
        impl $name {
            /// The ids in the file, in the order of the variants.
            pub const IDS: &'static [&'static str] = &[$($id),+];
            /// The variants, in their order.
            pub const VARIANTS: &'static [$name] = &[$($name::$variant),+];
        }
        // Every variant is listed: a match that is not exhaustive does not compile.
        const _: fn($name) = |variant| match variant {
            $($name::$variant => ()),+
        };
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                variant_at(deserializer, Self::IDS).map(|at| Self::VARIANTS[at])
            }
        }
    };
}

/// Which of `ids` the string read is; an error naming them all when it is none of them.
fn variant_at<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
    ids: &'static [&'static str],
) -> Result<usize, D::Error> {
    let id = String::deserialize(deserializer)?;
    ids.iter().position(|known| *known == id).ok_or_else(|| serde::de::Error::unknown_variant(&id, ids))
}

/// The value of the `format` field every dataset carries.
pub const FORMAT_NAME: &str = "chitieu-dataset";
/// The format versions this build reads.
pub const SUPPORTED_VERSIONS: &[u32] = &[1];

/// A text in Vietnamese and, optionally, English. Vietnamese is required because it is the
/// language of the sources; English falls back to Vietnamese when absent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Text {
    pub vi: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Text {
    pub fn new(vi: &str, en: &str) -> Text {
        Text { vi: vi.to_string(), en: Some(en.to_string()) }
    }
}

/// A whole dataset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Dataset {
    /// Always "chitieu-dataset".
    pub format: String,
    /// Format version; this build reads version 1.
    pub version: u32,
    pub title: Text,
    /// The date the figures were current, "YYYY-MM-DD" (or "YYYY-MM", "YYYY").
    pub data_as_of: String,
    /// Made-up figures for trying the app out: every view, slide and export made from the dataset
    /// says "Dữ liệu minh họa — không phải số liệu thật".
    #[serde(default, skip_serializing_if = "is_false")]
    pub illustrative: bool,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub localities: Vec<Locality>,
    #[serde(default)]
    pub terms: Vec<Term>,
    #[serde(default)]
    pub domains: Vec<Domain>,
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    #[serde(default)]
    pub records: Vec<Record>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub congresses: Vec<Congress>,
    /// Summaries a source states for a whole locality and term ("23/26 chỉ tiêu đạt, 10 vượt").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stated_summaries: Vec<StatedSummary>,
    /// A dataset split by province (the whole country): this file is the index, and each part is
    /// a dataset file of its own, loaded when one of its places is on screen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
}

/// One province's file of a split dataset, named by the index file (`chitieu index` writes it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Part {
    /// The province: a locality of the index file.
    pub locality: String,
    /// The part's dataset file, relative to the index file (same server, same format).
    pub file: String,
    /// The ids of the places in the part's file, so that a link to one (`?unit=`) opens its part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub localities: Vec<String>,
    /// The part's counts per term, as the part's overview counts them; computed from the part's
    /// file when the index was written (they carry no source of their own: the file is it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub summaries: Vec<PartSummary>,
}

/// A part's targets in one term, counted by status. Written as a list, in this order:
/// `["2020-2025", places, exceeded, achieved, not_achieved, not_yet_due, no_result]` (an index
/// file holds one per province and term, and the page reads it: a list costs the page less code
/// than named fields).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(from = "SummaryList", into = "SummaryList")]
pub struct PartSummary {
    pub term: String,
    /// The places with figures in the term.
    pub places: u32,
    pub exceeded: u32,
    pub achieved: u32,
    pub not_achieved: u32,
    pub not_yet_due: u32,
    pub no_result: u32,
}

/// A `PartSummary` as the file writes it.
type SummaryList = (String, u32, u32, u32, u32, u32, u32);

impl From<SummaryList> for PartSummary {
    fn from((term, places, exceeded, achieved, not_achieved, not_yet_due, no_result): SummaryList) -> Self {
        PartSummary { term, places, exceeded, achieved, not_achieved, not_yet_due, no_result }
    }
}

impl From<PartSummary> for SummaryList {
    fn from(summary: PartSummary) -> Self {
        let PartSummary { term, places, exceeded, achieved, not_achieved, not_yet_due, no_result } = summary;
        (term, places, exceeded, achieved, not_achieved, not_yet_due, no_result)
    }
}

impl PartSummary {
    /// Targets due (met, not met, or due without a result), as the places view counts them (a
    /// target met before its deadline is among those not yet due: `Counts::add_as_due`).
    pub fn due(&self) -> u32 {
        self.exceeded + self.achieved + self.not_achieved + self.no_result
    }
    /// Achieved plus exceeded.
    pub fn met(&self) -> u32 {
        self.exceeded + self.achieved
    }
}

/// A source document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Source {
    pub id: String,
    /// The file name of the document, as the provenance test looks it up.
    pub file: String,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Commune,
    Township,
    District,
    Province,
    /// Phường: an urban commune-level unit (since the 2025 reform).
    Ward,
    /// Đặc khu: a special zone at commune level (since the 2025 reform).
    SpecialZone,
}

read_by_id!(Level {
    Commune = "commune",
    Township = "township",
    District = "district",
    Province = "province",
    Ward = "ward",
    SpecialZone = "special_zone",
});

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Locality {
    pub id: String,
    pub name: Text,
    pub level: Level,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    /// The id of the locality this one belongs to, when the dataset has it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// The ids of the units merged into this one (the 2025 reform merged communes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub formed_from: Vec<String>,
    /// The date this unit took effect, "YYYY-MM-DD" (e.g. "2025-07-01").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formed_on: Option<String>,
    /// The last day this unit existed, "YYYY-MM-DD" (districts: "2025-06-30").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

/// A congress term (nhiệm kỳ).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Term {
    /// Conventionally "2020-2025".
    pub id: String,
    pub start_year: i32,
    pub end_year: i32,
}

/// The congress (Đại hội lần thứ …) that opened a term for a locality; ordinals differ between
/// localities, so they are kept per pair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Congress {
    pub locality: String,
    pub term: String,
    pub ordinal: u32,
    pub source: Provenance,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Domain {
    pub id: String,
    pub name: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    HigherIsBetter,
    LowerIsBetter,
    TargetIsBest,
}

read_by_id!(Direction {
    HigherIsBetter = "higher_is_better",
    LowerIsBetter = "lower_is_better",
    TargetIsBest = "target_is_best",
});

/// What kind of quantity an indicator measures; it decides which checks apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKind {
    /// A quantity in some unit (tấn, tỷ đồng, ha).
    Amount,
    /// A share of a whole, 0–100 %.
    Share,
    /// A rate of change (growth, change per year), in % or points; may exceed 100 or be negative.
    Rate,
    /// A count of things (doanh nghiệp, khu phố, đảng viên).
    Count,
    /// Shares of parts that sum to 100 % (economic sector structure).
    Composition,
    /// A yes/no milestone (đạt đơn vị kiểu mẫu vào năm 2028).
    Milestone,
    /// A grade on an ordered scale (hoàn thành tốt nhiệm vụ trở lên); the indicator lists the grades.
    Rating,
}

read_by_id!(IndicatorKind {
    Amount = "amount",
    Share = "share",
    Rate = "rate",
    Count = "count",
    Composition = "composition",
    Milestone = "milestone",
    Rating = "rating",
});

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Indicator {
    pub id: String,
    pub name: Text,
    pub domain: String,
    /// The unit of measure as shown to people ("%", "tỷ đồng", "triệu đồng/người/năm").
    pub unit: Text,
    pub direction: Direction,
    pub kind: IndicatorKind,
    /// The indicator this one is a part of ("trong đó …"): the id of the parent indicator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
    /// For a rating, its grades from the lowest to the highest.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grades: Vec<Text>,
    /// For a share whose targets also give a count ("50 % (8 xã)"): the unit of that count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count_unit: Option<Text>,
}

impl Indicator {
    /// An indicator with none of the optional parts (no parent, grades or count unit).
    pub fn new(id: &str, name: Text, domain: &str, unit: Text, direction: Direction, kind: IndicatorKind) -> Indicator {
        Indicator {
            id: id.to_string(),
            name,
            domain: domain.to_string(),
            unit,
            direction,
            kind,
            part_of: None,
            grades: Vec::new(),
            count_unit: None,
        }
    }
}

/// The value(s) of one locality × indicator × term.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Record {
    pub locality: String,
    pub indicator: String,
    pub term: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub results: Vec<Outcome>,
    /// The status the source itself states, if any. Kept beside the computed one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_status: Option<StatedStatus>,
}

/// A target as written in the file: its shape, the shape's parameters, the year it is due and
/// where it was read. `Target::shape` turns it into the typed `TargetShape`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Target {
    pub shape: ShapeKind,
    /// The value for level, bounds, averages, growth and change per year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// The lower end of a range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// The upper end of a range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// For a count of a total ("14/16"): the count. With a share's level or bound: the count the
    /// share amounts to ("50 % (8 xã)": value 50, count 8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<f64>,
    /// For a count of a total: the total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<f64>,
    /// For a composition: the parts, summing to 100 %.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Share>,
    /// For a composition: how many points each part may differ and still be met (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<f64>,
    /// For a grade at least: the name of the lowest grade that meets it, as the indicator lists it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<String>,
    /// "hằng năm": the target applies to every year of the term, each year assessed on its own.
    #[serde(default, skip_serializing_if = "is_false")]
    pub every_year: bool,
    /// The year by which the target is due; the term's end year when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline_year: Option<i32>,
    /// What a reader should know about the target: an inconsistency in the source, say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    pub source: Provenance,
}

/// The names of the target shapes in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ShapeKind {
    Level,
    AtLeast,
    AtMost,
    Below,
    Above,
    Range,
    AnnualAverage,
    AverageGrowth,
    CountOfTotal,
    Composition,
    Milestone,
    ChangePerYear,
    Maintain,
    GradeAtLeast,
}

read_by_id!(ShapeKind {
    Level = "level",
    AtLeast = "at_least",
    AtMost = "at_most",
    Below = "below",
    Above = "above",
    Range = "range",
    AnnualAverage = "annual_average",
    AverageGrowth = "average_growth",
    CountOfTotal = "count_of_total",
    Composition = "composition",
    Milestone = "milestone",
    ChangePerYear = "change_per_year",
    Maintain = "maintain",
    GradeAtLeast = "grade_at_least",
});

/// The shapes targets take in the sources, each with its own status rule (see `evaluate`).
#[derive(Debug, Clone, PartialEq)]
pub enum TargetShape {
    /// Reach this level by the deadline ("đến năm 2030 đạt 92 triệu đồng").
    Level { value: f64 },
    /// At least this value ("từ 95 % trở lên").
    AtLeast { value: f64 },
    /// At most this value.
    AtMost { value: f64 },
    /// Strictly below this value ("dưới 4 %").
    Below { value: f64 },
    /// Strictly above this value ("trên 99 %").
    Above { value: f64 },
    /// Between two values, inclusive.
    Range { min: f64, max: f64 },
    /// An average per year over the term ("bình quân hằng năm 1.118 tấn").
    AnnualAverage { value: f64 },
    /// An average annual growth rate in % ("tăng bình quân 12 %/năm").
    AverageGrowth { value: f64 },
    /// A count out of a total ("14/16 khu phố").
    CountOfTotal { count: f64, total: f64 },
    /// Shares of parts summing to 100 %; met when every share is within `tolerance` points.
    Composition { parts: Vec<Share>, tolerance: f64 },
    /// A yes/no milestone by the deadline year.
    Milestone,
    /// A change per year, in the indicator's unit: negative for a reduction ("giảm 0,09 %/năm").
    ChangePerYear { value: f64 },
    /// Keep this level, or better in the indicator's direction, in every year ("duy trì 100 %").
    Maintain { value: f64 },
    /// A grade at least as high as this one, by its name ("hoàn thành tốt nhiệm vụ trở lên").
    GradeAtLeast { grade: String },
}

impl Target {
    /// A target of the given shape with no deadline and an empty provenance.
    pub fn new(shape: TargetShape) -> Target {
        let mut target = Target {
            shape: ShapeKind::Milestone,
            value: None,
            min: None,
            max: None,
            count: None,
            total: None,
            parts: Vec::new(),
            tolerance: None,
            grade: None,
            every_year: false,
            deadline_year: None,
            note: None,
            source: Provenance::default(),
        };
        target.shape = match shape {
            TargetShape::Level { value } => {
                target.value = Some(value);
                ShapeKind::Level
            }
            TargetShape::AtLeast { value } => {
                target.value = Some(value);
                ShapeKind::AtLeast
            }
            TargetShape::AtMost { value } => {
                target.value = Some(value);
                ShapeKind::AtMost
            }
            TargetShape::Below { value } => {
                target.value = Some(value);
                ShapeKind::Below
            }
            TargetShape::Above { value } => {
                target.value = Some(value);
                ShapeKind::Above
            }
            TargetShape::AnnualAverage { value } => {
                target.value = Some(value);
                ShapeKind::AnnualAverage
            }
            TargetShape::AverageGrowth { value } => {
                target.value = Some(value);
                ShapeKind::AverageGrowth
            }
            TargetShape::ChangePerYear { value } => {
                target.value = Some(value);
                ShapeKind::ChangePerYear
            }
            TargetShape::Range { min, max } => {
                target.min = Some(min);
                target.max = Some(max);
                ShapeKind::Range
            }
            TargetShape::CountOfTotal { count, total } => {
                target.count = Some(count);
                target.total = Some(total);
                ShapeKind::CountOfTotal
            }
            TargetShape::Composition { parts, tolerance } => {
                target.parts = parts;
                target.tolerance = Some(tolerance);
                ShapeKind::Composition
            }
            TargetShape::Milestone => ShapeKind::Milestone,
            TargetShape::Maintain { value } => {
                target.value = Some(value);
                ShapeKind::Maintain
            }
            TargetShape::GradeAtLeast { grade } => {
                target.grade = Some(grade);
                ShapeKind::GradeAtLeast
            }
        };
        target
    }

    /// The typed shape, or the names of the parameters the shape needs and the file lacks.
    pub fn shape(&self) -> Result<TargetShape, Vec<&'static str>> {
        let need = |value: Option<f64>, name: &'static str, missing: &mut Vec<&'static str>| {
            if value.is_none() {
                missing.push(name);
            }
            value.unwrap_or(f64::NAN)
        };
        let mut missing = Vec::new();
        let shape = match self.shape {
            ShapeKind::Level => TargetShape::Level { value: need(self.value, "value", &mut missing) },
            ShapeKind::AtLeast => TargetShape::AtLeast { value: need(self.value, "value", &mut missing) },
            ShapeKind::AtMost => TargetShape::AtMost { value: need(self.value, "value", &mut missing) },
            ShapeKind::Below => TargetShape::Below { value: need(self.value, "value", &mut missing) },
            ShapeKind::Above => TargetShape::Above { value: need(self.value, "value", &mut missing) },
            ShapeKind::AnnualAverage => TargetShape::AnnualAverage { value: need(self.value, "value", &mut missing) },
            ShapeKind::AverageGrowth => TargetShape::AverageGrowth { value: need(self.value, "value", &mut missing) },
            ShapeKind::ChangePerYear => TargetShape::ChangePerYear { value: need(self.value, "value", &mut missing) },
            ShapeKind::Range => TargetShape::Range {
                min: need(self.min, "min", &mut missing),
                max: need(self.max, "max", &mut missing),
            },
            ShapeKind::CountOfTotal => TargetShape::CountOfTotal {
                count: need(self.count, "count", &mut missing),
                total: need(self.total, "total", &mut missing),
            },
            ShapeKind::Composition => {
                if self.parts.is_empty() {
                    missing.push("parts");
                }
                TargetShape::Composition {
                    parts: self.parts.clone(),
                    tolerance: self.tolerance.unwrap_or_else(default_composition_tolerance),
                }
            }
            ShapeKind::Milestone => TargetShape::Milestone,
            ShapeKind::Maintain => TargetShape::Maintain { value: need(self.value, "value", &mut missing) },
            ShapeKind::GradeAtLeast => match &self.grade {
                Some(grade) => TargetShape::GradeAtLeast { grade: grade.clone() },
                None => {
                    missing.push("grade");
                    TargetShape::GradeAtLeast { grade: String::new() }
                }
            },
        };
        if missing.is_empty() {
            Ok(shape)
        } else {
            Err(missing)
        }
    }
}

pub fn default_composition_tolerance() -> f64 {
    1.0
}

/// One part of a composition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Share {
    pub part: Text,
    pub value: f64,
}

/// A result ("kết quả"): what was achieved, for a period, final or estimated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Outcome {
    /// The value in the indicator's unit (for a count-of-total, the count).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// For a count-of-total result, the total ("11/16": value 11, total 16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<f64>,
    /// For a composition result, the parts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Share>,
    /// For a milestone, whether it was reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<bool>,
    /// For a share whose target gives a count: the count the result amounts to ("8 xã").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<f64>,
    /// For a rating, the grade reached, by its name as the indicator lists it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<String>,
    /// The period; absent means the whole term.
    #[serde(default, skip_serializing_if = "Period::is_whole_term")]
    pub period: Period,
    /// "ước đạt": an estimate, not a final figure.
    #[serde(default, skip_serializing_if = "is_false")]
    pub estimated: bool,
    /// "% of target" as the source states it ("đạt 88,05 % kế hoạch").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_percent_of_target: Option<f64>,
    /// How far above the target the source says the result is, in the indicator's unit
    /// ("vượt 6,7 % mục tiêu" on a rate in %: 6.7 points).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_margin_over_target: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    pub source: Provenance,
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// A year, a quarter of a year, or (both absent) the whole term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Period {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quarter: Option<u8>,
}

impl Period {
    pub fn is_whole_term(&self) -> bool {
        self.year.is_none() && self.quarter.is_none()
    }
}

/// Where a figure was read: the source's id and the exact sentence quoted from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Provenance {
    pub source: String,
    pub quote: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Exceeded,
    Achieved,
    NotAchieved,
    NotYetDue,
    NoResult,
}

read_by_id!(Status {
    Exceeded = "exceeded",
    Achieved = "achieved",
    NotAchieved = "not_achieved",
    NotYetDue = "not_yet_due",
    NoResult = "no_result",
});

impl Status {
    pub const ALL: [Status; 5] =
        [Status::Exceeded, Status::Achieved, Status::NotAchieved, Status::NotYetDue, Status::NoResult];

    /// The id used in URLs and in the dataset.
    pub fn id(self) -> &'static str {
        Self::IDS[self as usize]
    }

    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.id() == id)
    }

    /// Whether the target was met (achieved or exceeded).
    pub fn is_met(self) -> bool {
        matches!(self, Status::Exceeded | Status::Achieved)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StatedStatus {
    pub status: Status,
    pub source: Provenance,
}

/// A count the source states for a whole locality and term.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StatedSummary {
    pub locality: String,
    pub term: String,
    /// Indicators met (achieved or exceeded).
    pub met: u32,
    pub total: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exceeded: Option<u32>,
    pub source: Provenance,
}

impl Dataset {
    /// A dataset of this format with a title and nothing else yet.
    pub fn titled(title: Text) -> Dataset {
        Dataset {
            format: FORMAT_NAME.to_string(),
            version: 1,
            title,
            data_as_of: String::new(),
            illustrative: false,
            sources: Vec::new(),
            localities: Vec::new(),
            terms: Vec::new(),
            domains: Vec::new(),
            indicators: Vec::new(),
            records: Vec::new(),
            congresses: Vec::new(),
            stated_summaries: Vec::new(),
            parts: Vec::new(),
        }
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|indicator| indicator.id == id)
    }
    pub fn locality(&self, id: &str) -> Option<&Locality> {
        self.localities.iter().find(|locality| locality.id == id)
    }
    pub fn term(&self, id: &str) -> Option<&Term> {
        self.terms.iter().find(|term| term.id == id)
    }
    pub fn domain(&self, id: &str) -> Option<&Domain> {
        self.domains.iter().find(|domain| domain.id == id)
    }
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }
    /// The part of a split dataset that holds `locality` (a place listed in it, or its province),
    /// else the first part; `None` when this file is not an index.
    pub fn part_for(&self, locality: Option<&str>) -> Option<&Part> {
        self.parts_for(locality).first().copied()
    }

    /// The parts to open for `locality`, in order: the part that holds it, alone; else every part
    /// (the first that can be loaded opens).
    pub fn parts_for(&self, locality: Option<&str>) -> Vec<&Part> {
        let holds = |part: &&Part| {
            locality.is_some_and(|id| part.locality == id || part.localities.iter().any(|place| place == id))
        };
        match self.parts.iter().find(holds) {
            Some(part) => vec![part],
            None => self.parts.iter().collect(),
        }
    }
    /// The year of `data_as_of`, when it starts with one.
    pub fn as_of_year(&self) -> Option<i32> {
        self.data_as_of.get(0..4)?.parse().ok()
    }
}

#[cfg(test)]
mod ids {
    use super::*;

    /// Each enum reads the ids its derived `Serialize` writes, and refuses others as serde's derive
    /// did, naming the ids it knows.
    fn reads_what_it_writes<T: Serialize + for<'de> Deserialize<'de> + PartialEq + std::fmt::Debug + Copy>(
        variants: &[T],
        ids: &[&str],
    ) {
        assert_eq!(variants.len(), ids.len());
        for (variant, id) in variants.iter().zip(ids) {
            assert_eq!(serde_json::to_string(variant).unwrap(), format!("\"{id}\""));
            assert_eq!(serde_json::from_str::<T>(&format!("\"{id}\"")).unwrap(), *variant);
        }
        let error = serde_json::from_str::<T>("\"nope\"").unwrap_err().to_string();
        assert!(error.starts_with(&format!("unknown variant `nope`, expected one of `{}`", ids[0])), "{error}");
        // Not a string: a type error (load.rs words it), where the derive said "variant identifier".
        let error = serde_json::from_str::<T>("5").unwrap_err().to_string();
        assert!(error.starts_with("invalid type: integer `5`, expected a string"), "{error}");
        // An escaped spelling is the same id.
        let escaped = format!("\"\\u{:04x}{}\"", ids[0].as_bytes()[0], &ids[0][1..]);
        assert_eq!(serde_json::from_str::<T>(&escaped).unwrap(), variants[0]);
    }

    #[test]
    fn unit_enums_read_the_ids_they_write() {
        reads_what_it_writes(Level::VARIANTS, Level::IDS);
        reads_what_it_writes(Direction::VARIANTS, Direction::IDS);
        reads_what_it_writes(IndicatorKind::VARIANTS, IndicatorKind::IDS);
        reads_what_it_writes(ShapeKind::VARIANTS, ShapeKind::IDS);
        reads_what_it_writes(Status::VARIANTS, Status::IDS);
        assert_eq!(Status::VARIANTS, Status::ALL);
        for status in Status::ALL {
            assert_eq!(serde_json::to_string(&status).unwrap(), format!("\"{}\"", status.id()));
        }
    }
}
