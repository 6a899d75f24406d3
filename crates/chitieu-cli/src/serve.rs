//! `chitieu serve DIR`: the static file server for the built app, for kiosks and USB sticks
//! (browsers refuse to run WebAssembly from file://).
//!
//! HTTP is hyper's (HTTP/1.1) and files are tower-http's `ServeDir` (content types, ranges,
//! conditional requests, precompressed brotli copies). This module only adds what a kiosk needs on
//! top of them:
//!
//! - limits: request line and headers within 16 KiB (431 beyond), the whole head within 10 s (the
//!   same deadline closes idle keep-alive connections), at most 128 connections at once (the next
//!   ones get a 503 and are closed), and 30 s for a write to make progress before a client that
//!   stopped reading is dropped;
//! - confinement: every component of a request path is looked at with `symlink_metadata` before
//!   `ServeDir` sees the request, and a path through a symbolic link, out of DIR or that does not
//!   decode to UTF-8 is refused;
//! - GET and HEAD only;
//! - the response headers a meta tag cannot carry (frame-ancestors, nosniff, referrer policy) and
//!   the cache policy: a year for file names that carry Trunk's build hash, revalidation for the rest.

use std::convert::Infallible;
use std::io;
use std::net::TcpListener as StdTcpListener;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use http_body_util::{Either, Full};
use hyper::body::{Bytes, Incoming};
use hyper::header::{self, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio_io_timeout::TimeoutStream;
use tower_http::services::fs::{ServeDir, ServeFileSystemResponseBody};

/// The hidden environment variable that shortens the header deadline, in milliseconds, for tests.
pub const HEADER_TIMEOUT_VARIABLE: &str = "CHITIEU_SERVE_HEADER_TIMEOUT_MS";

/// The hidden environment variable that shortens the write deadline, in milliseconds, for tests.
pub const WRITE_TIMEOUT_VARIABLE: &str = "CHITIEU_SERVE_WRITE_TIMEOUT_MS";

/// The parts of a content security policy that only a response header can carry; the page carries
/// the rest of its policy in a meta tag.
const CONTENT_SECURITY_POLICY: &str = "frame-ancestors 'none'; object-src 'none'; base-uri 'none'";

/// The cache policy for file names that carry a build hash: their content never changes.
const CACHE_FOREVER: &str = "public, max-age=31536000, immutable";

/// The cache policy for everything else (index.html, sw.js, data): revalidate on every use.
const CACHE_REVALIDATE: &str = "no-cache";

/// What the server accepts before it refuses or closes a connection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServeLimits {
    /// Connections served at once; the next ones get a 503 and are closed.
    pub max_connections: usize,
    /// Over-limit connections being answered 503 at once; beyond this they are closed unanswered.
    /// With `max_connections` it keeps the open sockets (under 400) within the usual limit of 1,024
    /// file descriptors, so accepting never fails for want of one.
    pub max_refusals_in_flight: usize,
    /// The largest request line plus headers, in bytes (hyper answers 431 beyond it).
    pub max_header_bytes: usize,
    /// The time a client has to send a whole request head, counted from the connection or the end
    /// of the previous response, so it also closes idle keep-alive connections.
    pub header_read_timeout: Duration,
    /// The time a write may wait on a client that does not read before the connection is dropped.
    pub write_timeout: Duration,
    /// How long a refused connection is kept open to take in the client's request, so that the
    /// client reads the 503 instead of a reset.
    pub refusal_linger: Duration,
    /// Threads for file reads (tokio's blocking pool).
    pub max_file_threads: usize,
}

impl Default for ServeLimits {
    fn default() -> Self {
        ServeLimits {
            max_connections: 128,
            max_refusals_in_flight: 256,
            max_header_bytes: 16 * 1024,
            header_read_timeout: Duration::from_secs(10),
            write_timeout: Duration::from_secs(30),
            refusal_linger: Duration::from_millis(500),
            max_file_threads: 8,
        }
    }
}

impl ServeLimits {
    /// The default limits, with the deadlines shortened by the hidden test variables when set.
    pub fn from_environment() -> Self {
        let milliseconds =
            |name: &str| std::env::var(name).ok().and_then(|text| text.parse::<u64>().ok()).map(Duration::from_millis);
        let defaults = ServeLimits::default();
        ServeLimits {
            header_read_timeout: milliseconds(HEADER_TIMEOUT_VARIABLE).unwrap_or(defaults.header_read_timeout),
            write_timeout: milliseconds(WRITE_TIMEOUT_VARIABLE).unwrap_or(defaults.write_timeout),
            ..defaults
        }
    }
}

/// Serves `root` on `listener` until the process ends.
pub fn serve(root: &Path, listener: StdTcpListener) -> io::Result<()> {
    let limits = ServeLimits::from_environment();
    let canonical_root = std::fs::canonicalize(root)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .max_blocking_threads(limits.max_file_threads)
        .build()?;
    runtime.block_on(accept_connections(canonical_root, listener, limits))
}

/// What every connection shares.
struct Site {
    canonical_root: PathBuf,
    files: ServeDir,
    limits: ServeLimits,
}

type ResponseBody = Either<ServeFileSystemResponseBody, Full<Bytes>>;

async fn accept_connections(canonical_root: PathBuf, listener: StdTcpListener, limits: ServeLimits) -> io::Result<()> {
    listener.set_nonblocking(true)?;
    let listener = TcpListener::from_std(listener)?;
    let connection_permits = Arc::new(Semaphore::new(limits.max_connections));
    let refusal_permits = Arc::new(Semaphore::new(limits.max_refusals_in_flight));
    let files = ServeDir::new(&canonical_root).precompressed_br();
    let site = Arc::new(Site { canonical_root, files, limits });
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(error) => {
                // Out of file descriptors or a connection reset before it was accepted: say so,
                // and pause a little rather than spin on an error that repeats.
                eprintln!("chitieu serve: không nhận được kết nối / cannot accept a connection: {error}");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        if let Ok(permit) = connection_permits.clone().try_acquire_owned() {
            tokio::spawn(serve_connection(site.clone(), stream, permit));
        } else if let Ok(permit) = refusal_permits.clone().try_acquire_owned() {
            tokio::spawn(refuse_connection(stream, site.limits.refusal_linger, permit));
        }
        // Otherwise the stream is dropped here: the connection closes without an answer.
    }
}

async fn serve_connection(site: Arc<Site>, stream: TcpStream, _permit: OwnedSemaphorePermit) {
    let _ = stream.set_nodelay(true);
    let mut stream = TimeoutStream::new(stream);
    stream.set_write_timeout(Some(site.limits.write_timeout));
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .max_buf_size(site.limits.max_header_bytes)
        .header_read_timeout(site.limits.header_read_timeout)
        .title_case_headers(true);
    let service = service_fn(move |request| answer(site.clone(), request));
    // A connection ends in an error whenever a client goes away early or a deadline passes; there
    // is no one to tell, and the next connection is unaffected.
    let _ = builder.serve_connection(TokioIo::new(Box::pin(stream)), service).await;
}

/// The answer to a connection over the limit: a 503, then a short wait that takes in the client's
/// request so that closing does not reset the connection before the client has read the answer.
async fn refuse_connection(mut stream: TcpStream, linger: Duration, _permit: OwnedSemaphorePermit) {
    let body = "Máy chủ đang bận, thử lại sau / Server busy, try again shortly\n";
    let response = format!(
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\n\
         Retry-After: 1\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = tokio::time::timeout(linger, async {
        stream.write_all(response.as_bytes()).await?;
        stream.shutdown().await?;
        let mut discarded = [0u8; 1024];
        while stream.read(&mut discarded).await? > 0 {}
        Ok::<(), io::Error>(())
    })
    .await;
}

async fn answer(site: Arc<Site>, request: Request<Incoming>) -> Result<Response<ResponseBody>, Infallible> {
    let request_path = request.uri().path().to_string();
    let mut response = respond(&site, request).await;
    add_policy_headers(&mut response, &request_path);
    Ok(response)
}

async fn respond(site: &Site, mut request: Request<Incoming>) -> Response<ResponseBody> {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        let mut response =
            text_response(StatusCode::METHOD_NOT_ALLOWED, "Chỉ nhận GET và HEAD / Only GET and HEAD are allowed\n");
        response.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    let canonical_root = site.canonical_root.clone();
    let request_path = request.uri().path().to_string();
    let confinement = tokio::task::spawn_blocking(move || confine(&canonical_root, &request_path))
        .await
        .unwrap_or(Confinement::Refused);
    match confinement {
        Confinement::Inside { brotli_copy_usable } => {
            if !brotli_copy_usable {
                request.headers_mut().remove(header::ACCEPT_ENCODING);
            }
        }
        Confinement::NotUtf8 => {
            return text_response(StatusCode::BAD_REQUEST, "Đường dẫn không phải UTF-8 / The path is not UTF-8\n")
        }
        Confinement::Missing | Confinement::Refused => {
            return text_response(StatusCode::NOT_FOUND, "Không tìm thấy / Not found\n")
        }
    }
    let mut files = site.files.clone();
    match files.try_call(request).await {
        Ok(response) => response.map(Either::Left),
        Err(error) => {
            eprintln!("chitieu serve: không đọc được tệp / cannot read a file: {error}");
            text_response(StatusCode::INTERNAL_SERVER_ERROR, "Lỗi đọc tệp / File read error\n")
        }
    }
}

fn text_response(status: StatusCode, text: &'static str) -> Response<ResponseBody> {
    let mut response = Response::new(Either::Right(Full::new(Bytes::from_static(text.as_bytes()))));
    *response.status_mut() = status;
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    response
}

/// Adds the security and cache headers to every answer, and the UTF-8 charset to text types.
fn add_policy_headers(response: &mut Response<ResponseBody>, request_path: &str) {
    let success = response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED;
    let file_name = request_path.rsplit('/').next().unwrap_or("");
    let cache_control = if success && carries_build_hash(file_name) { CACHE_FOREVER } else { CACHE_REVALIDATE };
    let charset_type = response.headers().get(header::CONTENT_TYPE).and_then(with_utf8_charset);
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CONTENT_SECURITY_POLICY));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache_control));
    // Any file may have a brotli copy beside it, so every answer depends on Accept-Encoding.
    headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    if let Some(charset_type) = charset_type {
        headers.insert(header::CONTENT_TYPE, charset_type);
    }
}

/// The content type with `charset=utf-8` added, for the text types ServeDir sends without one (every
/// text file of the app is UTF-8); `.mjs` modules, which mime_guess calls application/javascript,
/// become text/javascript like `.js`.
fn with_utf8_charset(content_type: &HeaderValue) -> Option<HeaderValue> {
    match content_type.to_str().ok()? {
        "text/html" => Some(HeaderValue::from_static("text/html; charset=utf-8")),
        "text/css" => Some(HeaderValue::from_static("text/css; charset=utf-8")),
        "text/javascript" | "application/javascript" => {
            Some(HeaderValue::from_static("text/javascript; charset=utf-8"))
        }
        "text/plain" => Some(HeaderValue::from_static("text/plain; charset=utf-8")),
        _ => None,
    }
}

/// Whether a file name carries Trunk's build hash: a `-` and 12 to 16 hexadecimal digits just
/// before the extension or the `_bg` suffix (`chitieu-app-3e56ae39249dc8bf.js`,
/// `main-32f8cf79c0e7bfc3.css`, `chitieu-app-3e56ae39249dc8bf_bg.wasm`). Trunk writes a 64-bit hash
/// without leading zeros, so one name in sixteen has 15 digits (`chitieu-app-f3c47ac72f78153.js`).
/// Such a name changes whenever its content does.
pub fn carries_build_hash(file_name: &str) -> bool {
    const HASH_DIGITS: std::ops::RangeInclusive<usize> = 12..=16;
    let bytes = file_name.as_bytes();
    bytes.iter().enumerate().any(|(dash_index, byte)| {
        let hash_start = dash_index + 1;
        let digits = bytes[hash_start..]
            .iter()
            .take_while(|digit| digit.is_ascii_digit() || (b'a'..=b'f').contains(*digit))
            .count();
        *byte == b'-'
            && HASH_DIGITS.contains(&digits)
            && matches!(bytes.get(hash_start + digits), Some(b'.') | Some(b'_'))
    })
}

/// Where a request path leads, decided before `ServeDir` opens anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confinement {
    /// The path names a file inside the directory through real directories only.
    /// `brotli_copy_usable` is false when the file's `.br` copy is a symbolic link, which must not
    /// be served in its place, or older than the file (a dataset replaced after the build).
    Inside { brotli_copy_usable: bool },
    /// Nothing exists at the path (or a component could not be read).
    Missing,
    /// The path leaves the directory (`..`, an absolute component) or passes through a symbolic link.
    Refused,
    /// The percent-decoded path is not UTF-8.
    NotUtf8,
}

/// Decides whether the request path may be served from `canonical_root`, decoding it the way
/// `ServeDir` does and looking at every component with `symlink_metadata`, so that neither `..`,
/// encoded or not, nor a symbolic link (to /etc, say) reaches a file outside the directory.
/// A directory means its index.html, as for `ServeDir`.
pub fn confine(canonical_root: &Path, request_path: &str) -> Confinement {
    let encoded = request_path.trim_start_matches('/');
    let Ok(decoded) = percent_encoding::percent_decode_str(encoded).decode_utf8() else {
        return Confinement::NotUtf8;
    };
    let mut resolved = canonical_root.to_path_buf();
    for component in Path::new(&*decoded).components() {
        match component {
            Component::Normal(name) => {
                resolved.push(name);
                match std::fs::symlink_metadata(&resolved) {
                    Ok(metadata) if metadata.file_type().is_symlink() => return Confinement::Refused,
                    Ok(_) => {}
                    Err(_) => return Confinement::Missing,
                }
            }
            Component::CurDir => {}
            Component::ParentDir | Component::RootDir | Component::Prefix(_) => return Confinement::Refused,
        }
    }
    if resolved.is_dir() {
        resolved.push("index.html");
        match std::fs::symlink_metadata(&resolved) {
            Ok(metadata) if metadata.file_type().is_symlink() => return Confinement::Refused,
            Ok(_) => {}
            Err(_) => return Confinement::Missing,
        }
    }
    let modified = |path: &std::ffi::OsStr| std::fs::symlink_metadata(path).and_then(|metadata| metadata.modified());
    let file_modified = modified(resolved.as_os_str());
    let mut brotli_copy = resolved.into_os_string();
    brotli_copy.push(".br");
    let brotli_copy_is_link =
        std::fs::symlink_metadata(&brotli_copy).is_ok_and(|metadata| metadata.file_type().is_symlink());
    // A dataset replaced after the build (docs/KIOSK.md §4) leaves the build's `.br` copy behind:
    // a copy older than its file is stale, and the file itself is sent. (`brotli` gives its copy
    // the file's time in whole seconds, so a copy less than a second older is the file's own.)
    let brotli_copy_is_stale = match (modified(&brotli_copy), file_modified) {
        (Ok(copy), Ok(file)) => copy + Duration::from_secs(1) <= file,
        _ => false,
    };
    Confinement::Inside { brotli_copy_usable: !brotli_copy_is_link && !brotli_copy_is_stale }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn build_hashes_are_recognised_only_in_trunk_names() {
        let cases = [
            ("chitieu-app-3e56ae39249dc8bf.js", true),
            ("chitieu-app-3e56ae39249dc8bf_bg.wasm", true),
            ("main-32f8cf79c0e7bfc3.css", true),
            ("chitieu-app-3e56ae39249dc8bf.js.br", true),
            ("index.html", false),
            ("sw.js", false),
            ("default.json", false),
            ("be-vietnam-pro-vietnamese-400-normal.woff2", false),
            ("chitieu-app-f3c47ac72f78153.js", true),
            ("main-32f8cf79c0e.css", false),
            ("main-32f8cf79c0e7bfc3a.css", false),
            ("main-32F8CF79C0E7BFC3.css", false),
            ("main-32f8cf79c0e7bfc3", false),
            ("main_32f8cf79c0e7bfc3.css", false),
            ("", false),
        ];
        for (file_name, expected) in cases {
            assert_eq!(carries_build_hash(file_name), expected, "{file_name}");
        }
    }

    #[test]
    fn text_types_get_a_utf8_charset_and_others_are_left_alone() {
        let cases = [
            ("text/html", Some("text/html; charset=utf-8")),
            ("text/css", Some("text/css; charset=utf-8")),
            ("text/javascript", Some("text/javascript; charset=utf-8")),
            ("application/javascript", Some("text/javascript; charset=utf-8")),
            ("application/wasm", None),
            ("application/json", None),
            ("font/woff2", None),
            ("text/html; charset=utf-8", None),
        ];
        for (content_type, expected) in cases {
            let changed = with_utf8_charset(&HeaderValue::from_static(content_type));
            assert_eq!(changed.as_ref().map(|value| value.to_str().unwrap()), expected, "{content_type}");
        }
    }

    #[test]
    fn paths_are_confined_to_the_directory_without_symbolic_links() {
        let outside = std::env::temp_dir().join(format!("chitieu-confine-outside-{}", std::process::id()));
        let root = std::env::temp_dir().join(format!("chitieu-confine-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("data/inner")).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(outside.join("secret.txt"), "secret").unwrap();
        std::fs::write(root.join("index.html"), "<!DOCTYPE html>").unwrap();
        std::fs::write(root.join("app.js"), "").unwrap();
        std::fs::write(root.join("data/default.json"), "{}").unwrap();
        std::fs::write(root.join("data/inner/index.html"), "").unwrap();
        std::os::unix::fs::symlink(&outside, root.join("data/etc")).unwrap();
        std::os::unix::fs::symlink(outside.join("secret.txt"), root.join("linked.json")).unwrap();
        std::os::unix::fs::symlink(outside.join("secret.txt"), root.join("app.js.br")).unwrap();
        let root = std::fs::canonicalize(&root).unwrap();
        let inside = Confinement::Inside { brotli_copy_usable: true };
        let cases = [
            ("/", inside.clone()),
            ("/index.html", inside.clone()),
            ("/data/default.json", inside.clone()),
            ("/data/inner/", inside.clone()),
            ("/./data/./default.json", inside.clone()),
            ("/d%61ta/default.json", inside.clone()),
            ("/app.js", Confinement::Inside { brotli_copy_usable: false }),
            ("/data/", Confinement::Missing),
            ("/nothing.js", Confinement::Missing),
            ("/data/default.json/more", Confinement::Missing),
            ("/data/%00", Confinement::Missing),
            ("/data/etc/secret.txt", Confinement::Refused),
            ("/data/etc", Confinement::Refused),
            ("/linked.json", Confinement::Refused),
            ("/../etc/passwd", Confinement::Refused),
            ("/data/../../etc/passwd", Confinement::Refused),
            ("/%2e%2e/etc/passwd", Confinement::Refused),
            ("/%2E%2E%2Fetc%2Fpasswd", Confinement::Refused),
            ("/..%2f..%2fetc/passwd", Confinement::Refused),
            ("//etc/passwd", Confinement::Missing),
            ("/%2Fetc%2Fpasswd", Confinement::Refused),
            ("/%ff.html", Confinement::NotUtf8),
            ("/%c3%28", Confinement::NotUtf8),
        ];
        for (request_path, expected) in cases {
            assert_eq!(confine(&root, request_path), expected, "{request_path}");
        }
        // The build's brotli copy of a dataset, then the dataset replaced: the stale copy is not sent.
        let copy = root.join("data/default.json.br");
        std::fs::write(&copy, "old").unwrap();
        let set_time = |path: &Path, seconds: u64| {
            let time = std::time::UNIX_EPOCH + std::time::Duration::from_secs(seconds);
            std::fs::File::options().write(true).open(path).unwrap().set_modified(time).unwrap();
        };
        set_time(&copy, 2_000_000_000);
        set_time(&root.join("data/default.json"), 1_900_000_000);
        assert_eq!(confine(&root, "/data/default.json"), Confinement::Inside { brotli_copy_usable: true });
        // As `brotli` leaves it: the file's time in whole seconds.
        let file = std::fs::File::options().write(true).open(root.join("data/default.json")).unwrap();
        file.set_modified(std::time::UNIX_EPOCH + Duration::from_millis(2_000_000_000_937)).unwrap();
        assert_eq!(confine(&root, "/data/default.json"), Confinement::Inside { brotli_copy_usable: true });
        set_time(&root.join("data/default.json"), 2_000_000_100);
        assert_eq!(confine(&root, "/data/default.json"), Confinement::Inside { brotli_copy_usable: false });
        std::fs::remove_dir_all(&root).unwrap();
        std::fs::remove_dir_all(&outside).unwrap();
    }
}
