//! `chitieu serve` as a kiosk and a hostile client see it: the real binary on a free port, spoken to
//! over raw TCP so that malformed, oversized, slow and abandoned requests can be sent.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `chitieu serve`, killed when dropped.
struct Server {
    child: Child,
    address: String,
    _stdout: BufReader<ChildStdout>,
}

impl Server {
    /// Starts `chitieu serve DIR --port 0` with extra environment variables and reads the address
    /// from the first line of its output, which must have the form scripts parse.
    fn start(dir: &Path, environment: &[(&str, &str)]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_chitieu"))
            .args(["serve", dir.to_str().unwrap(), "--port", "0"])
            .envs(environment.iter().copied())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut first_line = String::new();
        stdout.read_line(&mut first_line).unwrap();
        let address = first_line.split("http://").nth(1).unwrap().split('/').next().unwrap().to_string();
        assert_eq!(first_line.trim_end(), format!("chitieu serve: http://{address}/ ({})", dir.display()));
        Server { child, address, _stdout: stdout }
    }

    fn connect(&self) -> TcpStream {
        let stream = TcpStream::connect(&self.address).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
        stream
    }

    /// Sends raw bytes on a fresh connection and reads until the server closes it.
    fn exchange(&self, request: &[u8]) -> HttpResponse {
        let mut stream = self.connect();
        // The server may answer and close before a long request is fully written.
        let _ = stream.write_all(request);
        HttpResponse::parse(&read_until_closed(&mut stream))
    }

    fn get(&self, path: &str, extra_headers: &str) -> HttpResponse {
        self.request("GET", path, extra_headers)
    }

    fn request(&self, method: &str, path: &str, extra_headers: &str) -> HttpResponse {
        let request =
            format!("{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{extra_headers}\r\n");
        self.exchange(request.as_bytes())
    }

    /// The server's resident memory in kB, from /proc.
    fn resident_kilobytes(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        let line = status.lines().find(|line| line.starts_with("VmRSS:")).unwrap();
        line.split_whitespace().nth(1).unwrap().parse().unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

/// Reads until end of stream, a reset or the read timeout, keeping whatever arrived.
fn read_until_closed(stream: &mut TcpStream) -> Vec<u8> {
    let mut received = Vec::new();
    let mut buffer = [0u8; 64 * 1024];
    loop {
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => return received,
            Ok(count) => received.extend_from_slice(&buffer[..count]),
        }
    }
}

#[derive(Debug)]
struct HttpResponse {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl HttpResponse {
    fn parse(bytes: &[u8]) -> HttpResponse {
        let head_end = bytes.windows(4).position(|window| window == b"\r\n\r\n").unwrap_or(bytes.len());
        let head = String::from_utf8_lossy(&bytes[..head_end]);
        let mut lines = head.split("\r\n");
        let status = lines.next().and_then(|line| line.split(' ').nth(1)).and_then(|code| code.parse().ok());
        let headers = lines
            .filter_map(|line| line.split_once(':'))
            .map(|(name, value)| (name.to_ascii_lowercase(), value.trim().to_string()))
            .collect();
        HttpResponse { status: status.unwrap_or(0), headers, body: bytes[(head_end + 4).min(bytes.len())..].to_vec() }
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(header, _)| header.eq_ignore_ascii_case(name)).map(|(_, value)| value.as_str())
    }
}

const HASHED_SCRIPT: &str = "chitieu-app-3e56ae39249dc8bf.js";
const HASHED_WASM: &str = "chitieu-app-3e56ae39249dc8bf_bg.wasm";
const HASHED_STYLE: &str = "main-32f8cf79c0e7bfc3.css";
const SCRIPT_TEXT: &str = "console.log('chỉ tiêu');";
const SCRIPT_BROTLI: &[u8] = b"\x1b\x17\x00brotli bytes stand-in";

/// A built app in miniature in a fresh temporary directory, with a symbolic link to /etc and one
/// to /etc/passwd inside it; removed when dropped.
struct Site {
    dir: PathBuf,
}

impl Site {
    fn new(name: &str) -> Site {
        let dir = std::env::temp_dir().join(format!("chitieu-serve-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("data")).unwrap();
        std::fs::create_dir_all(dir.join("fonts")).unwrap();
        let files: [(&str, &[u8]); 10] = [
            ("index.html", b"<!DOCTYPE html><title>t</title>"),
            (HASHED_SCRIPT, SCRIPT_TEXT.as_bytes()),
            (&format!("{HASHED_SCRIPT}.br"), SCRIPT_BROTLI),
            (HASHED_WASM, b"\0asm\x01\0\0\0"),
            (HASHED_STYLE, b"body{}"),
            ("sw.js", b"self.addEventListener('fetch',()=>{});"),
            ("manifest.webmanifest", b"{}"),
            ("icon.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
            ("data/default.json", b"{}"),
            ("fonts/be-vietnam-pro-vietnamese-400-normal.woff2", b"wOF2"),
        ];
        for (path, content) in files {
            std::fs::write(dir.join(path), content).unwrap();
        }
        std::os::unix::fs::symlink("/etc", dir.join("data/etc")).unwrap();
        std::os::unix::fs::symlink("/etc/passwd", dir.join("data/passwd.json")).unwrap();
        std::os::unix::fs::symlink("/etc/passwd", dir.join("sw.js.br")).unwrap();
        Site { dir }
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        // remove_dir_all removes symbolic links without following them.
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[test]
fn serve_delivers_the_app_with_the_right_content_types() {
    let dir = std::env::temp_dir().join(format!("chitieu-serve-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::write(dir.join("index.html"), "<!DOCTYPE html><title>t</title>").unwrap();
    std::fs::write(dir.join("app_bg.wasm"), [0u8, 97, 115, 109]).unwrap();
    std::fs::write(dir.join("data/default.json"), "{}").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_chitieu"))
        .args(["serve", dir.to_str().unwrap(), "--port", "0"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first_line = String::new();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    std::io::BufRead::read_line(&mut stdout, &mut first_line).unwrap();
    let address = first_line.split("http://").nth(1).unwrap().split('/').next().unwrap().to_string();
    let get = |path: &str| {
        let mut stream = std::net::TcpStream::connect(&address).unwrap();
        // The server keeps connections alive unless asked not to; reading to the end needs the close.
        write!(stream, "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        response
    };
    let page = get("/");
    let wasm = get("/app_bg.wasm");
    let data = get("/data/default.json");
    let escape = get("/../../etc/passwd");
    child.kill().ok();
    child.wait().ok();
    assert!(page.starts_with("HTTP/1.1 200") && page.contains("text/html"), "{page}");
    assert!(wasm.contains("Content-Type: application/wasm"), "{wasm}");
    assert!(data.contains("application/json") && data.ends_with("{}"), "{data}");
    assert!(escape.starts_with("HTTP/1.1 404"), "{escape}");
    assert!(address.starts_with("127.0.0.1:"), "loopback by default: {address}");
}

#[test]
fn every_file_type_of_the_app_gets_the_content_type_browsers_require() {
    let site = Site::new("types");
    let server = Server::start(&site.dir, &[]);
    let cases = [
        ("/", "text/html; charset=utf-8"),
        ("/index.html", "text/html; charset=utf-8"),
        (&format!("/{HASHED_WASM}") as &str, "application/wasm"),
        (&format!("/{HASHED_SCRIPT}"), "text/javascript; charset=utf-8"),
        ("/sw.js", "text/javascript; charset=utf-8"),
        (&format!("/{HASHED_STYLE}"), "text/css; charset=utf-8"),
        ("/data/default.json", "application/json"),
        ("/fonts/be-vietnam-pro-vietnamese-400-normal.woff2", "font/woff2"),
        ("/manifest.webmanifest", "application/manifest+json"),
        ("/icon.svg", "image/svg+xml"),
    ];
    for (path, content_type) in cases {
        let response = server.get(path, "");
        assert_eq!(response.status, 200, "{path}: {response:?}");
        assert_eq!(response.header("content-type"), Some(content_type), "{path}");
    }
}

#[test]
fn brotli_copies_are_served_only_to_clients_that_accept_them() {
    let site = Site::new("brotli");
    let server = Server::start(&site.dir, &[]);
    let script = format!("/{HASHED_SCRIPT}");
    // (accept-encoding header, expected content encoding, expected body)
    let cases: [(&str, Option<&str>, &[u8]); 5] = [
        ("Accept-Encoding: br\r\n", Some("br"), SCRIPT_BROTLI),
        ("Accept-Encoding: gzip, deflate, br, zstd\r\n", Some("br"), SCRIPT_BROTLI),
        ("Accept-Encoding: gzip\r\n", None, SCRIPT_TEXT.as_bytes()),
        ("Accept-Encoding: br;q=0\r\n", None, SCRIPT_TEXT.as_bytes()),
        ("", None, SCRIPT_TEXT.as_bytes()),
    ];
    for (accept_encoding, content_encoding, body) in cases {
        let response = server.get(&script, accept_encoding);
        assert_eq!(response.status, 200, "{accept_encoding}");
        assert_eq!(response.header("content-encoding"), content_encoding, "{accept_encoding}");
        assert_eq!(response.body, body, "{accept_encoding}");
        assert_eq!(response.header("content-type"), Some("text/javascript; charset=utf-8"), "{accept_encoding}");
        assert_eq!(response.header("vary"), Some("Accept-Encoding"), "{accept_encoding}");
    }
}

#[test]
fn hashed_names_are_cached_for_a_year_and_the_rest_revalidated() {
    let site = Site::new("cache");
    let server = Server::start(&site.dir, &[]);
    let forever = "public, max-age=31536000, immutable";
    let cases = [
        (format!("/{HASHED_SCRIPT}"), 200, forever),
        (format!("/{HASHED_WASM}"), 200, forever),
        (format!("/{HASHED_STYLE}"), 200, forever),
        ("/".to_string(), 200, "no-cache"),
        ("/index.html".to_string(), 200, "no-cache"),
        ("/sw.js".to_string(), 200, "no-cache"),
        ("/data/default.json".to_string(), 200, "no-cache"),
        ("/fonts/be-vietnam-pro-vietnamese-400-normal.woff2".to_string(), 200, "no-cache"),
        ("/chitieu-app-0000000000000000.js".to_string(), 404, "no-cache"),
    ];
    for (path, status, cache_control) in cases {
        let response = server.get(&path, "");
        assert_eq!(response.status, status, "{path}");
        assert_eq!(response.header("cache-control"), Some(cache_control), "{path}");
    }
}

#[test]
fn conditional_and_range_requests_are_answered() {
    let site = Site::new("conditional");
    let server = Server::start(&site.dir, &[]);
    let script = format!("/{HASHED_SCRIPT}");
    let first = server.get(&script, "");
    let last_modified = first.header("last-modified").expect("ServeDir sends Last-Modified").to_string();
    let unchanged = server.get(&script, &format!("If-Modified-Since: {last_modified}\r\n"));
    assert_eq!(unchanged.status, 304, "{unchanged:?}");
    assert!(unchanged.body.is_empty());
    assert_eq!(unchanged.header("cache-control"), Some("public, max-age=31536000, immutable"));
    let part = server.get(&script, "Range: bytes=0-6\r\n");
    assert_eq!(part.status, 206, "{part:?}");
    assert_eq!(part.body, b"console");
    assert_eq!(part.header("content-range"), Some(format!("bytes 0-6/{}", SCRIPT_TEXT.len()).as_str()));
}

#[test]
fn every_answer_carries_the_security_headers() {
    let site = Site::new("security");
    let server = Server::start(&site.dir, &[]);
    let responses = [
        server.get("/", ""),
        server.get(&format!("/{HASHED_WASM}"), ""),
        server.get("/missing.js", ""),
        server.get("/data/etc/passwd", ""),
        server.request("POST", "/", "Content-Length: 0\r\n"),
        server.get("/%ff", ""),
    ];
    for response in responses {
        assert_eq!(
            response.header("content-security-policy"),
            Some("frame-ancestors 'none'; object-src 'none'; base-uri 'none'"),
            "{response:?}"
        );
        assert_eq!(response.header("x-content-type-options"), Some("nosniff"), "{response:?}");
        assert_eq!(response.header("referrer-policy"), Some("no-referrer"), "{response:?}");
    }
}

#[test]
fn only_get_and_head_are_allowed() {
    let site = Site::new("methods");
    let server = Server::start(&site.dir, &[]);
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"] {
        let response = server.request(method, "/index.html", "Content-Length: 0\r\n");
        assert_eq!(response.status, 405, "{method}");
        assert_eq!(response.header("allow"), Some("GET, HEAD"), "{method}");
    }
    let head = server.request("HEAD", "/index.html", "");
    assert_eq!(head.status, 200);
    assert_eq!(head.header("content-length"), Some("31"));
    assert!(head.body.is_empty(), "{head:?}");
}

#[test]
fn paths_cannot_leave_the_directory_by_dots_or_symbolic_links() {
    let site = Site::new("confinement");
    let server = Server::start(&site.dir, &[]);
    let cases = [
        "/../../etc/passwd",
        "/data/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/..%2f..%2fetc%2fpasswd",
        "/%2Fetc%2Fpasswd",
        "/data/etc/passwd",
        "/data/%65tc/passwd",
        "/data/etc/",
        "/data/passwd.json",
    ];
    for path in cases {
        let response = server.get(path, "");
        assert_eq!(response.status, 404, "{path}: {response:?}");
        assert!(!String::from_utf8_lossy(&response.body).contains("root:"), "{path}");
    }
    // A brotli copy that is a symbolic link is never served in the file's place.
    let worker = server.get("/sw.js", "Accept-Encoding: br\r\n");
    assert_eq!(worker.status, 200);
    assert_eq!(worker.header("content-encoding"), None);
    assert_eq!(worker.body, b"self.addEventListener('fetch',()=>{});");
}

#[test]
fn malformed_requests_get_a_400_answer() {
    let site = Site::new("malformed");
    let server = Server::start(&site.dir, &[]);
    let cases: [&[u8]; 5] = [
        b"GET /\xff\xfe.html HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /%ff%fe.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"HELLO\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost x\r\n\r\n",
        b"GET / HTTP/9.9\r\nHost: x\r\n\r\n",
    ];
    for request in cases {
        let response = server.exchange(request);
        assert_eq!(response.status, 400, "{:?}: {response:?}", String::from_utf8_lossy(request));
    }
}

#[test]
fn oversized_request_heads_are_refused_promptly() {
    let site = Site::new("oversized");
    let server = Server::start(&site.dir, &[]);
    let long_header = format!("GET / HTTP/1.1\r\nHost: x\r\nX-Filler: {}\r\n\r\n", "a".repeat(64 * 1024));
    let many_headers = format!("GET / HTTP/1.1\r\nHost: x\r\n{}\r\n", "X-A: b\r\n".repeat(8 * 1024));
    let long_target = format!("GET /{} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(64 * 1024));
    for (name, request) in [("long header", long_header), ("many headers", many_headers), ("long target", long_target)]
    {
        let started = Instant::now();
        let response = server.exchange(request.as_bytes());
        let elapsed = started.elapsed();
        println!("{name}: {} in {elapsed:?}", response.status);
        assert!([400, 414, 431].contains(&response.status), "{name}: {response:?}");
        assert!(elapsed < Duration::from_secs(2), "{name}: {elapsed:?}");
    }
    assert_eq!(server.get("/", "").status, 200);
}

#[test]
fn a_client_that_stops_sending_its_request_is_closed_at_the_header_deadline() {
    let site = Site::new("slow");
    let server = Server::start(&site.dir, &[("CHITIEU_SERVE_HEADER_TIMEOUT_MS", "1000")]);
    let mut stream = server.connect();
    let started = Instant::now();
    stream.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ").unwrap();
    let received = read_until_closed(&mut stream);
    let elapsed = started.elapsed();
    println!("slow request head: connection closed after {elapsed:?}");
    assert!(received.is_empty(), "{:?}", String::from_utf8_lossy(&received));
    assert!(elapsed >= Duration::from_millis(900) && elapsed < Duration::from_secs(5), "{elapsed:?}");
    // A connection that sends nothing at all is closed by the same deadline.
    let mut silent = server.connect();
    let started = Instant::now();
    assert!(read_until_closed(&mut silent).is_empty());
    let elapsed = started.elapsed();
    println!("silent connection: closed after {elapsed:?}");
    assert!(elapsed >= Duration::from_millis(900) && elapsed < Duration::from_secs(5), "{elapsed:?}");
    // A kept-alive connection left idle after its answer is closed by the same deadline.
    let mut kept_alive = server.connect();
    let started = Instant::now();
    kept_alive.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    let received = read_until_closed(&mut kept_alive);
    let elapsed = started.elapsed();
    println!("idle kept-alive connection: closed after {elapsed:?}");
    assert!(received.starts_with(b"HTTP/1.1 200"), "{:?}", String::from_utf8_lossy(&received));
    assert!(elapsed >= Duration::from_millis(900) && elapsed < Duration::from_secs(5), "{elapsed:?}");
}

#[test]
fn many_idle_connections_are_capped_and_memory_stays_bounded() {
    const IDLE_CONNECTIONS: usize = 300;
    const CONNECTION_LIMIT: usize = 128;
    let site = Site::new("many");
    let server = Server::start(&site.dir, &[("CHITIEU_SERVE_HEADER_TIMEOUT_MS", "3000")]);
    let resident_at_start = server.resident_kilobytes();
    let started = Instant::now();
    let streams: Vec<TcpStream> = (0..IDLE_CONNECTIONS).map(|_| server.connect()).collect();
    std::thread::sleep(Duration::from_millis(500));
    let resident_under_load = server.resident_kilobytes();
    // Each connection is now held idle by the server, was answered 503, or was closed unanswered
    // (when even the refusals in flight are at their limit).
    let (mut held, mut busy, mut closed) = (Vec::new(), 0, 0);
    for mut stream in streams {
        stream.set_nonblocking(true).unwrap();
        let mut buffer = [0u8; 512];
        match stream.read(&mut buffer) {
            Err(error) if error.kind() == std::io::ErrorKind::WouldBlock => held.push(stream),
            Ok(count) if buffer[..count].starts_with(b"HTTP/1.1 503") => busy += 1,
            _ => closed += 1,
        }
    }
    println!(
        "{IDLE_CONNECTIONS} idle connections: {} held, {busy} answered 503, {closed} closed; \
         VmRSS {resident_at_start} kB at start, {resident_under_load} kB under load",
        held.len()
    );
    assert_eq!(held.len(), CONNECTION_LIMIT);
    assert_eq!(busy, IDLE_CONNECTIONS - CONNECTION_LIMIT, "every connection over the limit is answered 503");
    // While the limit is reached, a new client gets a prompt 503 rather than a hang.
    let request_started = Instant::now();
    let over_limit = server.get("/", "");
    println!("request over the limit: {} in {:?}", over_limit.status, request_started.elapsed());
    assert!(over_limit.status == 503 || over_limit.status == 200, "{over_limit:?}");
    assert!(request_started.elapsed() < Duration::from_secs(2));
    // The header deadline frees the held connections, and the server answers again.
    for mut stream in held {
        stream.set_nonblocking(false).unwrap();
        assert!(read_until_closed(&mut stream).is_empty());
    }
    println!("held connections closed by the header deadline {:?} after connecting", started.elapsed());
    assert!(started.elapsed() < Duration::from_secs(10));
    let after = server.get("/", "");
    assert_eq!(after.status, 200, "{after:?}");
    let resident_after = server.resident_kilobytes();
    println!("VmRSS {resident_after} kB after the connections closed");
    assert!(resident_under_load < 100 * 1024 && resident_after < 100 * 1024);
}

#[test]
fn a_client_that_stops_reading_is_dropped_at_the_write_deadline() {
    const LARGE_FILE_BYTES: usize = 32 * 1024 * 1024;
    let site = Site::new("stalled");
    std::fs::write(site.dir.join("large.bin"), vec![7u8; LARGE_FILE_BYTES]).unwrap();
    let server = Server::start(&site.dir, &[("CHITIEU_SERVE_WRITE_TIMEOUT_MS", "1000")]);
    let mut stream = server.connect();
    stream.write_all(b"GET /large.bin HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    std::thread::sleep(Duration::from_secs(3));
    let resident_while_stalled = server.resident_kilobytes();
    let received = read_until_closed(&mut stream);
    println!(
        "stalled reader: received {} of {LARGE_FILE_BYTES} bytes before the server gave up; VmRSS {resident_while_stalled} kB",
        received.len()
    );
    assert!(received.starts_with(b"HTTP/1.1 200"));
    assert!(received.len() < LARGE_FILE_BYTES, "the server never gave up on the stalled client");
    assert_eq!(server.get("/", "").status, 200);
}

#[test]
fn a_directory_without_index_html_is_a_clear_error() {
    let site = Site::new("empty");
    std::fs::remove_file(site.dir.join("index.html")).unwrap();
    let output =
        Command::new(env!("CARGO_BIN_EXE_chitieu")).args(["serve", site.dir.to_str().unwrap()]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("index.html not found"));
}
