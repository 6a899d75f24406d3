//! `chitieu`: the command-line tool for people who prepare data.
//!
//!     chitieu validate FILE [--lang en]   exit 0 when valid, 1 with every problem printed, located
//!     chitieu stats FILE [--lang en]      counts per locality, term, domain and status
//!     chitieu schema                      prints the JSON Schema of the dataset format
//!     chitieu serve DIR [--port N] [--address A]   serves the built app (dist/) over HTTP
//!
//! The binary is glue: reading, validation and status live in chitieu-core.

use std::process::ExitCode;

mod serve;

use chitieu_core::i18n::status_name;
use chitieu_core::load::load;
use chitieu_core::model::Status;
use chitieu_core::scorecard::scorecard;
use chitieu_core::{DatasetIndex, Lang};

const USAGE: &str = "\
chitieu — công cụ dữ liệu Chỉ Tiêu / Chỉ Tiêu data tool

  chitieu validate FILE [--lang vi|en]   kiểm tra bộ dữ liệu / validate a dataset (exit 0 valid, 1 invalid)
  chitieu stats FILE [--lang vi|en]      thống kê theo địa phương, nhiệm kỳ, lĩnh vực, trạng thái / counts
  chitieu schema                         in JSON Schema của định dạng / print the format's JSON Schema
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
    let takes_value = ["--lang", "--port", "--address"];
    let positional: Vec<&str> = args
        .iter()
        .enumerate()
        .filter(|(index, arg)| {
            !arg.starts_with("--") && (*index == 0 || !takes_value.contains(&args[index - 1].as_str()))
        })
        .map(|(_, arg)| arg.as_str())
        .collect();
    match positional.as_slice() {
        ["validate", file] => validate(file, lang),
        ["stats", file] => stats(file, lang),
        ["serve", dir] => {
            let port = option("--port").unwrap_or_else(|| "8080".into());
            let address = option("--address").unwrap_or_else(|| "127.0.0.1".into());
            serve_dir(dir, &address, &port)
        }
        ["schema"] => {
            print!("{}", chitieu_core::schema::dataset_schema_json());
            ExitCode::SUCCESS
        }
        ["help"] | [] => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
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

fn read(file: &str, lang: Lang) -> Result<String, ExitCode> {
    std::fs::read_to_string(file).map_err(|error| {
        let message = lang.pick("không đọc được tệp", "cannot read the file");
        eprintln!("{file}: {message}: {error}");
        ExitCode::from(1)
    })
}

fn validate(file: &str, lang: Lang) -> ExitCode {
    let text = match read(file, lang) {
        Ok(text) => text,
        Err(code) => return code,
    };
    let loaded = load(&text);
    for problem in &loaded.problems {
        println!("{}", problem.describe(file, lang));
    }
    let errors = loaded.errors().count();
    let warnings = loaded.warnings().count();
    if loaded.is_valid() {
        let dataset = loaded.dataset.as_ref().expect("valid");
        println!(
            "{file}: {} — {} {}, {} {}, {} {}",
            lang.pick("hợp lệ", "valid"),
            dataset.records.len(),
            lang.pick("bản ghi", "records"),
            dataset.indicators.len(),
            lang.pick("chỉ tiêu", "indicators"),
            warnings,
            lang.pick("cảnh báo", "warnings"),
        );
        ExitCode::SUCCESS
    } else {
        println!(
            "{file}: {} — {errors} {}, {warnings} {}",
            lang.pick("không hợp lệ", "invalid"),
            lang.pick("lỗi", "errors"),
            lang.pick("cảnh báo", "warnings")
        );
        ExitCode::from(1)
    }
}

fn stats(file: &str, lang: Lang) -> ExitCode {
    let text = match read(file, lang) {
        Ok(text) => text,
        Err(code) => return code,
    };
    let dataset = match load(&text).into_valid() {
        Ok(dataset) => dataset,
        Err(problems) => {
            for problem in &problems {
                println!("{}", problem.describe(file, lang));
            }
            return ExitCode::from(1);
        }
    };
    let index = DatasetIndex::new(dataset);
    let dataset = index.dataset();
    let header: Vec<String> = Status::ALL.iter().map(|status| status_name(*status, lang).to_string()).collect();
    println!(
        "{:<24} {:<10} {:<36} {:>6} {}  {}",
        lang.pick("địa phương", "locality"),
        lang.pick("nhiệm kỳ", "term"),
        lang.pick("lĩnh vực", "domain"),
        lang.pick("số", "count"),
        header.join(" | "),
        lang.pick("không có mục tiêu", "no target"),
    );
    for (locality, term) in index.locality_terms() {
        let card = scorecard(&index, locality, term);
        let mut rows: Vec<(String, &chitieu_core::scorecard::Counts)> = card
            .by_domain
            .iter()
            .map(|(domain, counts)| {
                let name = dataset.domain(domain).map_or(domain.as_str(), |domain| domain.name.get(lang));
                (name.to_string(), counts)
            })
            .collect();
        let total_name = lang.pick("TỔNG", "TOTAL").to_string();
        rows.push((total_name, &card.total));
        for (domain, counts) in rows {
            let by_status: Vec<String> = Status::ALL.iter().map(|status| counts.get(*status).to_string()).collect();
            println!(
                "{:<24} {:<10} {:<36} {:>6} {}  {}",
                locality,
                term,
                domain,
                counts.assessed + counts.without_target,
                by_status.join(" | "),
                counts.without_target
            );
        }
        if let Some(stated) = card.stated {
            println!(
                "{:<24} {:<10} {} {}/{} {}, {} {}",
                locality,
                term,
                lang.pick("nguồn ghi:", "source states:"),
                stated.met,
                stated.total,
                lang.pick("đạt", "met"),
                stated.exceeded.map_or("?".to_string(), |n| n.to_string()),
                lang.pick("vượt", "exceeded"),
            );
        }
    }
    ExitCode::SUCCESS
}
