//! `chitieu`: the command-line tool for people who prepare data.
//!
//!     chitieu validate FILE [--lang en]   exit 0 when valid, 1 with every problem printed, located
//!     chitieu stats FILE [--lang en]      counts per locality, term, domain and status
//!     chitieu stats FILE --json           one JSON object per record (JSON Lines), see `stats_json`
//!     chitieu schema                      prints the JSON Schema of the dataset format
//!     chitieu convert IN -o OUT           between .json, .xlsx, .ods, .xls and .csv (reading), .json,
//!                                         .xlsx, .ods and .csv (writing); nothing is written unless IN is valid
//!     chitieu template -o FILE            the fill-in workbook (.xlsx) or its figures table (.csv)
//!     chitieu index -o INDEX.json PART.json…   the index file of a dataset split by province
//!     chitieu serve DIR [--port N] [--address A]   serves the built app (dist/) over HTTP
//!
//! The binary is glue: reading (chitieu-sheet's `read_file`: spreadsheets, CSV and JSON, the last
//! through chitieu-core's `load_bytes`), validation and status live in the library crates.
//! `validate` and `stats` take spreadsheets as they take JSON. Output goes out in one write; a reader that stops early
//! (`chitieu stats FILE | head`) ends the program quietly rather than with a panic.

use std::io::Write;
use std::process::ExitCode;

mod serve;

use chitieu_core::evaluate::StatusOrigin;
use chitieu_core::i18n::status_name;
use chitieu_core::index::Row;
use chitieu_core::model::Status;
use chitieu_core::pace::TrendDirection;
use chitieu_core::scorecard::scorecard;
use chitieu_core::vietnamese::display_width;
use chitieu_core::{DatasetIndex, Lang, Problem, Severity};

const USAGE: &str = "\
chitieu — công cụ dữ liệu Chỉ Tiêu / Chỉ Tiêu data tool

  chitieu validate FILE [--lang vi|en]   kiểm tra bộ dữ liệu / validate a dataset (exit 0 valid, 1 invalid)
  chitieu stats FILE [--lang vi|en]      thống kê theo địa phương, nhiệm kỳ, lĩnh vực, trạng thái / counts
  chitieu stats FILE --json [--lang vi|en]
                                         mỗi bản ghi một dòng JSON (JSON Lines): trạng thái, % mục tiêu, lưu ý /
                                         one JSON object per record (JSON Lines): status, % of target, findings
  chitieu schema                         in JSON Schema của định dạng / print the format's JSON Schema
  chitieu convert IN -o OUT              chuyển đổi / convert: đọc .json .xlsx .ods .xls .csv, ghi .json .xlsx .ods .csv
                                         (chỉ ghi khi IN hợp lệ / writes only when IN is valid)
  chitieu template -o FILE               mẫu bảng tính để điền / the fill-in template (.xlsx, or .csv)
  chitieu index -o INDEX.json PART.json…  tệp chỉ mục của bộ dữ liệu chia theo tỉnh (mỗi tỉnh một tệp) /
                                         the index file of a dataset split by province (one file each)
  (validate và stats đọc cả bảng tính / validate and stats read spreadsheets too)
  chitieu serve DIR [--port N] [--address A]
                                         phục vụ ứng dụng đã dựng (dist/) qua HTTP, mặc định 127.0.0.1:8080 /
                                         serve the built app (dist/) over HTTP, 127.0.0.1:8080 by default
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = match args.iter().position(|arg| arg == "--lang") {
        Some(index) => match args.get(index + 1).and_then(|id| Lang::from_id(id)) {
            Some(lang) => lang,
            None => return usage_error("--lang needs vi or en"),
        },
        None => Lang::Vi,
    };
    let option = |name: &str| args.iter().position(|arg| arg == name).and_then(|index| args.get(index + 1)).cloned();
    let takes_value = ["--lang", "--port", "--address", "-o", "--title"];
    let positional: Vec<&str> = args
        .iter()
        .enumerate()
        .filter(|(index, arg)| {
            !arg.starts_with('-') && (*index == 0 || !takes_value.contains(&args[index - 1].as_str()))
        })
        .map(|(_, arg)| arg.as_str())
        .collect();
    match positional.as_slice() {
        ["validate", file] => validate(file, lang),
        ["stats", file] if args.iter().any(|arg| arg == "--json") => stats_json(file, lang),
        ["stats", file] => stats(file, lang),
        ["serve", dir] => {
            let port = option("--port").unwrap_or_else(|| "8080".into());
            let address = option("--address").unwrap_or_else(|| "127.0.0.1".into());
            serve_dir(dir, &address, &port)
        }
        ["convert", input] => match option("-o") {
            Some(output) => convert(input, &output, lang),
            None => usage_error("convert needs -o OUT"),
        },
        ["template"] => match option("-o") {
            Some(output) => template(&output, lang),
            None => usage_error("template needs -o FILE"),
        },
        ["index", parts @ ..] if !parts.is_empty() => match option("-o") {
            Some(output) => index(parts, &output, option("--title"), lang),
            None => usage_error("index needs -o INDEX.json"),
        },
        ["schema"] => emit(&chitieu_core::schema::dataset_schema_json(), ExitCode::SUCCESS),
        ["help"] | [] => emit(USAGE, ExitCode::SUCCESS),
        _ => usage_error("unknown command"),
    }
}

fn serve_dir(dir: &str, address: &str, port: &str) -> ExitCode {
    let root = std::path::Path::new(dir);
    if !root.join("index.html").is_file() {
        eprintln!("chitieu serve: {dir}/index.html not found (build the app first: scripts/build)");
        return ExitCode::from(1);
    }
    let listener = match std::net::TcpListener::bind(format!("{address}:{port}")) {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("chitieu serve: cannot listen on {address}:{port}: {error}");
            return ExitCode::from(1);
        }
    };
    let bound = listener.local_addr().map(|address| address.to_string()).unwrap_or_default();
    println!("chitieu serve: http://{bound}/ ({dir})");
    match serve::serve(root, listener) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("chitieu serve: {error}");
            ExitCode::from(1)
        }
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("chitieu: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

/// Writes `text` to standard output in one go and answers `code`. A reader that has gone away
/// (`| head`) is not an error: what it wanted it has; anything else is reported on stderr.
fn emit(text: &str, code: ExitCode) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => code,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => code,
        Err(error) => {
            eprintln!("chitieu: {error}");
            ExitCode::from(1)
        }
    }
}

/// "1 error", "2 errors"; Vietnamese nouns do not change with the number ("1 lỗi", "2 lỗi").
fn count_of(count: usize, vietnamese: &str, (singular, plural): (&str, &str), lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{count} {vietnamese}"),
        Lang::En if count == 1 => format!("{count} {singular}"),
        Lang::En => format!("{count} {plural}"),
    }
}

fn read(file: &str, lang: Lang) -> Result<Vec<u8>, ExitCode> {
    std::fs::read(file).map_err(|error| {
        let message = lang.pick("không đọc được tệp", "cannot read the file");
        eprintln!("{file}: {message}: {error}");
        ExitCode::from(1)
    })
}

fn validate(file: &str, lang: Lang) -> ExitCode {
    let bytes = match read(file, lang) {
        Ok(bytes) => bytes,
        Err(code) => return code,
    };
    let mut loaded = chitieu_sheet::read_file(&bytes, file);
    let today = chitieu_sheet::today().unwrap_or_default();
    if let Some(problem) = loaded.dataset.as_ref().and_then(|dataset| after_today(&dataset.data_as_of, &today)) {
        loaded.problems.push(problem);
    }
    let mut out = String::new();
    for problem in &loaded.problems {
        out.push_str(&problem.describe(file, lang));
        out.push('\n');
    }
    let error_count = loaded.problems.iter().filter(|problem| problem.severity == Severity::Error).count();
    let errors = count_of(error_count, "lỗi", ("error", "errors"), lang);
    let warnings = count_of(loaded.problems.len() - error_count, "cảnh báo", ("warning", "warnings"), lang);
    if let (Some(dataset), 0) = (&loaded.dataset, error_count) {
        let records = count_of(dataset.records.len(), "bản ghi", ("record", "records"), lang);
        let indicators = count_of(dataset.indicators.len(), "chỉ tiêu", ("indicator", "indicators"), lang);
        out.push_str(&format!("{file}: {} — {records}, {indicators}, {warnings}\n", lang.pick("hợp lệ", "valid")));
        emit(&out, ExitCode::SUCCESS)
    } else {
        out.push_str(&format!("{file}: {} — {errors}, {warnings}\n", lang.pick("không hợp lệ", "invalid")));
        emit(&out, ExitCode::from(1))
    }
}

/// A warning when the data's date (`data_as_of`: a year, a month or a day) is after `today`
/// (YYYY-MM-DD): figures cannot be as of a day still to come, so the year is most likely mistyped,
/// and the page would judge which targets are due against it. The core has no clock: the command
/// line checks this.
fn after_today(data_as_of: &str, today: &str) -> Option<Problem> {
    let same_length = today.get(..data_as_of.len())?;
    (data_as_of > same_length).then(|| {
        Problem::warning(
            "data-as-of-future",
            "$.data_as_of",
            format!(
                "\"data_as_of\" là {data_as_of}, sau hôm nay ({today}): số liệu chưa thể tính đến ngày đó. Hãy kiểm tra lại năm."
            ),
            format!("\"data_as_of\" is {data_as_of}, after today ({today}): the figures cannot be as of that date yet. Check the year."),
        )
    })
}

/// The dataset of `file` evaluated, or the exit code after its problems were printed on stderr
/// (standard output stays for the statistics, so that `--json` output is always JSON).
fn read_index(file: &str, lang: Lang) -> Result<DatasetIndex, ExitCode> {
    let bytes = read(file, lang)?;
    match chitieu_sheet::read_file(&bytes, file).into_valid() {
        Ok(dataset) => Ok(DatasetIndex::new(dataset)),
        Err(problems) => {
            for problem in &problems {
                eprintln!("{}", problem.describe(file, lang));
            }
            Err(ExitCode::from(1))
        }
    }
}

/// Whether a column is read as text (left-aligned) or as numbers (right-aligned).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Align {
    Left,
    Right,
}

/// Rows of cells as lines whose columns line up, widths counted in characters as a terminal
/// shows them (Vietnamese letters are one column each, however many bytes or marks they take).
fn aligned_table(rows: &[Vec<String>], alignments: &[Align]) -> String {
    let widths: Vec<usize> = (0..alignments.len())
        .map(|column| rows.iter().map(|row| row.get(column).map_or(0, |cell| display_width(cell))).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .zip(widths.iter().zip(alignments))
            .map(|(cell, (width, align))| {
                let padding = " ".repeat(width.saturating_sub(display_width(cell)));
                match align {
                    Align::Left => format!("{cell}{padding}"),
                    Align::Right => format!("{padding}{cell}"),
                }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

fn stats(file: &str, lang: Lang) -> ExitCode {
    let index = match read_index(file, lang) {
        Ok(index) => index,
        Err(code) => return code,
    };
    let dataset = index.dataset();
    let mut header = vec![
        lang.pick("địa phương", "locality").to_string(),
        lang.pick("nhiệm kỳ", "term").to_string(),
        lang.pick("lĩnh vực", "domain").to_string(),
        lang.pick("số", "count").to_string(),
    ];
    header.extend(Status::ALL.iter().map(|status| status_name(*status, lang).to_string()));
    header.push(lang.pick("không có mục tiêu", "no target").to_string());
    let mut alignments = vec![Align::Left, Align::Left, Align::Left];
    alignments.extend(std::iter::repeat_n(Align::Right, header.len() - alignments.len()));

    let mut out = String::new();
    let mut rows = vec![header];
    let mut stated_lines = Vec::new();
    for (locality, term) in index.locality_terms() {
        let card = scorecard(&index, locality, term);
        let mut groups: Vec<(String, &chitieu_core::scorecard::Counts)> = card
            .by_domain
            .iter()
            .map(|(domain, counts)| {
                let name = dataset.domain(domain).map_or(domain.as_str(), |domain| domain.name.get(lang));
                (name.to_string(), counts)
            })
            .collect();
        groups.push((lang.pick("TỔNG", "TOTAL").to_string(), &card.total));
        for (domain, counts) in groups {
            let mut row =
                vec![locality.clone(), term.clone(), domain, (counts.assessed + counts.without_target).to_string()];
            row.extend(Status::ALL.iter().map(|status| counts.get(*status).to_string()));
            row.push(counts.without_target.to_string());
            rows.push(row);
        }
        if let Some(stated) = card.stated {
            // How many exceeded only when the source says it (not "? vượt"), as the views say it.
            let exceeded =
                stated.exceeded.map_or(String::new(), |n| format!(", {n} {}", lang.pick("vượt", "exceeded")));
            stated_lines.push(format!(
                "{locality} {term}: {} {}/{} {}{exceeded}",
                lang.pick("nguồn ghi:", "source states:"),
                stated.met,
                stated.total,
                lang.pick("đạt", "met"),
            ));
        }
    }
    out.push_str(&aligned_table(&rows, &alignments));
    for line in stated_lines {
        out.push_str(&line);
        out.push('\n');
    }
    emit(&out, ExitCode::SUCCESS)
}

/// `chitieu stats FILE --json`: one JSON object per record, in the dataset's order, one per line
/// (JSON Lines), so that other tools read the evaluation without scraping text:
///
/// ```text
/// {"locality": "ben-sung", "indicator": "income-per-capita", "term": "2020-2025",
///  "status": "not_achieved", "status_origin": "computed", "percent_of_target": 88.05,
///  "target_derived": true, "findings": [{"kind": "target_derived", "text": "…"}]}
/// ```
///
/// `status` is a status id (`exceeded`, `achieved`, `not_achieved`, `not_yet_due`, `no_result`) or
/// null when there is nothing to compare with; `status_origin` is `computed`, `stated` (the status
/// the source states, counted when there is no target) or null; `percent_of_target` is the
/// documented measure (docs/DATASET.md, above 100 is better than the target) or null;
/// `contested_by` is the status another reading the source gives would have, or null; `pace`
/// (for a target not yet due: `pace` — `ahead`, `on_pace`, `behind`, `far_behind`, `wrong_way`,
/// `no_data` — with `expected_now`, `ratio` and `needed_from_now`) and `trend` (`direction` —
/// `improving`, `flat`, `worsening` — with `from` and `to`) are objects or null; each
/// finding has a stable `kind` and its `text` in the language of `--lang`.
fn stats_json(file: &str, lang: Lang) -> ExitCode {
    let index = match read_index(file, lang) {
        Ok(index) => index,
        Err(code) => return code,
    };
    let dataset = index.dataset();
    let mut out = String::new();
    for (position, record) in dataset.records.iter().enumerate() {
        let (Some(evaluation), Some(indicator)) = (index.evaluation(position), dataset.indicator(&record.indicator))
        else {
            continue;
        };
        let row = Row { record, indicator, evaluation };
        let effective = evaluation.effective_status();
        let findings: Vec<serde_json::Value> = evaluation
            .findings
            .iter()
            .zip(chitieu_core::chart::findings_in_words(row, lang))
            .map(|(finding, text)| serde_json::json!({"kind": finding.id(), "text": text}))
            .collect();
        let line = serde_json::json!({
            "locality": record.locality,
            "indicator": record.indicator,
            "term": record.term,
            "status": effective.map(|(status, _)| status.id()),
            "status_origin": effective.map(|(_, origin)| match origin {
                StatusOrigin::Computed => "computed",
                StatusOrigin::Stated => "stated",
            }),
            "percent_of_target": evaluation.percent_of_target,
            "contested_by": evaluation.contested_by.map(|status| status.id()),
            "pace": evaluation.pace.as_ref().map(|pace| serde_json::json!({
                "pace": pace.pace.id(),
                "expected_now": pace.expected_now,
                "ratio": pace.ratio,
                "needed_from_now": pace.needed_from_now,
            })),
            "trend": evaluation.trend.map(|trend| serde_json::json!({
                "direction": match trend.direction {
                    TrendDirection::Improving => "improving",
                    TrendDirection::Flat => "flat",
                    TrendDirection::Worsening => "worsening",
                },
                "from": trend.from,
                "to": trend.to,
            })),
            "target_derived": evaluation.target_derived,
            "findings": findings,
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    emit(&out, ExitCode::SUCCESS)
}

/// The extension of a file name, lower case: "Bang tinh.XLSX" → "xlsx".
fn extension(file: &str) -> String {
    file.rsplit_once('.').map(|(_, extension)| extension.to_lowercase()).unwrap_or_default()
}

fn write_file(file: &str, bytes: &[u8], lang: Lang) -> ExitCode {
    match std::fs::write(file, bytes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{file}: {}: {error}", lang.pick("không ghi được tệp", "cannot write the file"));
            ExitCode::from(1)
        }
    }
}

/// The dataset in the format `output`'s extension names.
fn encode(dataset: &chitieu_core::Dataset, output: &str) -> Result<Vec<u8>, String> {
    match extension(output).as_str() {
        "json" => serde_json::to_string_pretty(dataset)
            .map(|text| (text + "\n").into_bytes())
            .map_err(|error| error.to_string()),
        "xlsx" => chitieu_sheet::write_xlsx(dataset),
        "ods" => chitieu_sheet::write_ods(dataset),
        "csv" => Ok(chitieu_sheet::write_csv(dataset, false).into_bytes()),
        other => Err(format!("cannot write .{other} files: write .json, .xlsx, .ods or .csv")),
    }
}

/// `chitieu convert IN -o OUT`: reads any file `validate` reads, writes it as OUT's extension
/// says, and writes nothing when IN has errors (they are printed, located, on stderr).
fn convert(input: &str, output: &str, lang: Lang) -> ExitCode {
    let bytes = match read(input, lang) {
        Ok(bytes) => bytes,
        Err(code) => return code,
    };
    let imported = chitieu_sheet::read_file(&bytes, input);
    for problem in &imported.problems {
        eprintln!("{}", problem.describe(input, lang));
    }
    let dataset = match imported.into_valid() {
        Ok(dataset) => dataset,
        Err(_) => {
            eprintln!("{input}: {}", lang.pick("không hợp lệ — không ghi gì", "invalid — nothing written"));
            return ExitCode::from(1);
        }
    };
    match encode(&dataset, output) {
        Ok(bytes) => {
            let code = write_file(output, &bytes, lang);
            if code == ExitCode::SUCCESS {
                let records = count_of(dataset.records.len(), "bản ghi", ("record", "records"), lang);
                println!("{output}: {} — {records}", lang.pick("đã ghi", "written"));
            }
            code
        }
        Err(message) => {
            eprintln!("chitieu convert: {message}");
            ExitCode::from(2)
        }
    }
}

/// `chitieu template -o FILE`: the fill-in workbook, or its figures table as CSV.
fn template(output: &str, lang: Lang) -> ExitCode {
    let workbook = match chitieu_sheet::template_xlsx() {
        Ok(bytes) => bytes,
        Err(message) => {
            eprintln!("chitieu template: {message}");
            return ExitCode::from(1);
        }
    };
    let bytes = match extension(output).as_str() {
        "xlsx" => workbook,
        "csv" => match chitieu_sheet::read_file(&workbook, "template.xlsx").dataset {
            // Separated by semicolons with decimal commas: what Excel with Vietnamese settings opens.
            Some(examples) => chitieu_sheet::write_csv(&examples, true).into_bytes(),
            None => return ExitCode::from(1),
        },
        _ => return usage_error("template writes .xlsx or .csv"),
    };
    let code = write_file(output, &bytes, lang);
    if code == ExitCode::SUCCESS {
        println!("{output}: {}", lang.pick("đã ghi mẫu bảng tính", "template written"));
    }
    code
}

/// `chitieu index -o INDEX.json PART.json…`: the index file of a dataset split by province. Each
/// part must be valid and name its province (a locality of level "province"); the index lists each
/// province with its file (relative to the index's folder, where the parts must be), the ids of its
/// places and its counts per term, and the terms and domains of all of them.
fn index(parts: &[&str], output: &str, title: Option<String>, lang: Lang) -> ExitCode {
    use chitieu_core::model::{Level, Part, Text};
    let folder = std::path::Path::new(output).parent().map(std::path::Path::to_path_buf).unwrap_or_default();
    let folder = std::fs::canonicalize(if folder.as_os_str().is_empty() { ".".into() } else { folder });
    // A title given is the Vietnamese one (English shows it too); none, "Cả nước" in both.
    let title = match title {
        Some(vi) => Text { vi, en: None },
        None => Text { vi: "Cả nước".into(), en: Some("The whole country".into()) },
    };
    let mut dataset = chitieu_core::Dataset::titled(title);
    for file in parts {
        let part = match read_index(file, lang) {
            Ok(part) => part,
            Err(code) => return code,
        };
        let data = part.dataset();
        let provinces: Vec<_> = data.localities.iter().filter(|place| place.level == Level::Province).collect();
        let [province] = provinces.as_slice() else {
            eprintln!(
                "{file}: {}",
                lang.pick(
                    "cần đúng một địa phương cấp tỉnh (\"level\": \"province\") — tỉnh của tệp này",
                    "needs exactly one locality of level \"province\": the province this file is about"
                )
            );
            return ExitCode::from(1);
        };
        let relative = match (&folder, std::fs::canonicalize(file)) {
            (Ok(folder), Ok(path)) => {
                path.strip_prefix(folder).ok().map(|path| path.to_string_lossy().replace('\\', "/"))
            }
            _ => None,
        };
        let Some(relative) = relative else {
            eprintln!(
                "{file}: {}",
                lang.pick(
                    "tệp của từng tỉnh phải nằm trong thư mục của tệp chỉ mục (hoặc thư mục con)",
                    "each province's file must be in the index file's folder (or below it)"
                )
            );
            return ExitCode::from(1);
        };
        dataset.data_as_of = dataset.data_as_of.max(data.data_as_of.clone());
        dataset.localities.push((*province).clone());
        for term in &data.terms {
            if dataset.term(&term.id).is_none() {
                dataset.terms.push(term.clone());
            }
        }
        for domain in &data.domains {
            if dataset.domain(&domain.id).is_none() {
                dataset.domains.push(domain.clone());
            }
        }
        dataset.parts.push(Part {
            locality: province.id.clone(),
            file: relative,
            localities: data.localities.iter().map(|place| place.id.clone()).collect(),
            summaries: chitieu_core::scorecard::part_summaries(&part),
        });
    }
    let problems = chitieu_core::load::validate(&dataset);
    if let Some(problem) = problems.iter().find(|problem| problem.severity == Severity::Error) {
        eprintln!("{}", problem.describe(output, lang));
        return ExitCode::from(1);
    }
    let text = serde_json::to_string(&dataset).unwrap_or_default() + "\n";
    let code = write_file(output, text.as_bytes(), lang);
    if code == ExitCode::SUCCESS {
        println!(
            "{output}: {} — {}",
            lang.pick("đã ghi", "written"),
            count_of(parts.len(), "tỉnh", ("province", "provinces"), lang)
        );
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_data_date_after_today_is_a_warning_at_any_precision() {
        for (data_as_of, warned) in [
            ("2027", true),
            ("2026", false),
            ("2026-12", true),
            ("2026-11", false),
            ("2026-11-25", true),
            ("2026-11-24", false),
            ("2025-12-31", false),
        ] {
            let problem = after_today(data_as_of, "2026-11-24");
            assert_eq!(problem.is_some(), warned, "{data_as_of}");
            if let Some(problem) = problem {
                assert_eq!((problem.severity, problem.path.as_str()), (Severity::Warning, "$.data_as_of"));
                assert!(problem.message.vi.contains("2026-11-24") && problem.message.vi.contains(data_as_of));
            }
        }
    }
}
