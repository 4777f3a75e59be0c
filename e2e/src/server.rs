//! Child processes (static servers, WebDriver) that are killed when dropped.

use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use tokio::process::{Child, Command};

/// A child process on a loopback port, killed on drop.
pub struct Service {
    pub port: u16,
    /// The loopback address it listens on: `127.0.0.1`, or `127.0.0.2` for another site.
    pub host: &'static str,
    _child: Child,
}

/// A free loopback port (the OS picks it; the listener is closed before the child binds it).
pub fn free_port() -> std::io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// Waits until something accepts connections on `port` (of 127.0.0.1).
pub async fn wait_for_port(port: u16, timeout: Duration) -> Result<(), String> {
    wait_for(LOCAL, port, timeout).await
}

const LOCAL: &str = "127.0.0.1";

async fn wait_for(host: &str, port: u16, timeout: Duration) -> Result<(), String> {
    let start = Instant::now();
    while start.elapsed() < timeout {
        if TcpStream::connect((host, port)).is_ok() {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(50)).await; // poll interval, not a synchronisation sleep
    }
    Err(format!("nothing listened on {host}:{port} after {timeout:?}"))
}

impl Service {
    /// Starts `program args…` with `{port}` in the arguments replaced by a free port.
    pub async fn start(program: &str, args: &[&str]) -> Result<Self, String> {
        Self::start_with_env(program, args, &[]).await
    }

    /// Like [`Service::start`], with extra environment variables.
    pub async fn start_with_env(program: &str, args: &[&str], env: &[(&str, &str)]) -> Result<Self, String> {
        Self::start_on(LOCAL, program, args, env).await
    }

    /// Like [`Service::start_with_env`], listening on `host` (`{host}` in the arguments).
    pub async fn start_on(
        host: &'static str,
        program: &str,
        args: &[&str],
        env: &[(&str, &str)],
    ) -> Result<Self, String> {
        let port = free_port().map_err(|e| e.to_string())?;
        Self::start_at(host, port, program, args, env).await
    }

    /// Like [`Service::start_on`], on a given port.
    async fn start_at(
        host: &'static str,
        port: u16,
        program: &str,
        args: &[&str],
        env: &[(&str, &str)],
    ) -> Result<Self, String> {
        let args: Vec<String> =
            args.iter().map(|a| a.replace("{port}", &port.to_string()).replace("{host}", host)).collect();
        let child = Command::new(program)
            .args(&args)
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| format!("cannot start {program}: {e}"))?;
        wait_for(host, port, Duration::from_secs(20)).await.map_err(|e| format!("{e} ({program} {args:?})"))?;
        Ok(Self { port, host, _child: child })
    }

    /// A plain static file server for `dir`.
    pub async fn static_files(dir: &Path) -> Result<Self, String> {
        let dir = dir.to_str().ok_or("dist path is not UTF-8")?;
        Self::start("python3", &["-m", "http.server", "{port}", "--bind", "127.0.0.1", "--directory", dir]).await
    }

    /// A plain static file server for `dir` on `port`: the same origin again after a restart.
    pub async fn static_files_at(dir: &Path, port: u16) -> Result<Self, String> {
        let dir = dir.to_str().ok_or("path is not UTF-8")?;
        let args = ["-m", "http.server", "{port}", "--bind", "127.0.0.1", "--directory", dir];
        Self::start_at(LOCAL, port, "python3", &args, &[]).await
    }

    /// Static files with extra headers (`e2e/serve.py`: a CSP with a report collector, CORS).
    pub async fn with_headers(dir: &Path, flags: &[&str]) -> Result<Self, String> {
        let dir = dir.to_str().ok_or("path is not UTF-8")?;
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/serve.py");
        let mut args = vec![script, "{port}", dir];
        args.extend_from_slice(flags);
        Self::start("python3", &args).await
    }

    /// A plain static file server for `dir` on another loopback address: another site.
    pub async fn static_files_elsewhere(dir: &Path) -> Result<Self, String> {
        let dir = dir.to_str().ok_or("path is not UTF-8")?;
        let args = ["-m", "http.server", "{port}", "--bind", "{host}", "--directory", dir];
        Self::start_on("127.0.0.2", "python3", &args, &[]).await
    }

    pub fn url(&self) -> String {
        format!("http://{}:{}", self.host, self.port)
    }
}

/// Copies `from` into `to` recursively, skipping paths for which `skip` is true.
pub fn copy_dir(from: &Path, to: &Path, skip: &dyn Fn(&Path) -> bool) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let path = entry.path();
        if skip(&path) {
            continue;
        }
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&path, &target, skip)?;
        } else {
            std::fs::copy(&path, &target)?;
        }
    }
    Ok(())
}

/// A virtual X display for browsers that need one (WebKitGTK's MiniBrowser), stopped on drop.
pub struct VirtualDisplay {
    pub display: String,
    child: Child,
}

impl VirtualDisplay {
    pub async fn start() -> Result<Self, String> {
        // A display number no running X server holds. A server killed outright leaves its lock
        // file and socket behind, and runs on a long-lived machine pile them up (CI once found
        // all hundred numbers "taken" by dead servers), so a lock whose process is gone is freed.
        let n = (90..190).find(|&n| display_is_free(n)).ok_or("no free X display number")?;
        let display = format!(":{n}");
        let child = Command::new("Xvfb")
            .args([display.as_str(), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| format!("cannot start Xvfb: {e}"))?;
        let socket = format!("/tmp/.X11-unix/X{n}");
        let start = Instant::now();
        while !Path::new(&socket).exists() {
            if start.elapsed() > Duration::from_secs(10) {
                return Err(format!("Xvfb did not create {socket}"));
            }
            tokio::time::sleep(Duration::from_millis(50)).await; // poll interval
        }
        Ok(Self { display, child })
    }
}

impl Drop for VirtualDisplay {
    /// Asks Xvfb to stop (SIGTERM) and waits up to two seconds for it to exit, so it removes its
    /// own lock file and socket; the SIGKILL of `kill_on_drop` would leave them behind.
    fn drop(&mut self) {
        let Some(pid) = self.child.id() else { return };
        let _ = std::process::Command::new("kill").args(["-TERM", &pid.to_string()]).status();
        let start = Instant::now();
        while matches!(self.child.try_wait(), Ok(None)) && start.elapsed() < Duration::from_secs(2) {
            std::thread::sleep(Duration::from_millis(10)); // poll interval
        }
    }
}

/// Whether X display `n` can be taken: no lock file, or one left by a process that no longer
/// runs, in which case the stale lock and socket are removed (the socket would otherwise look
/// like the new server's before it is listening).
fn display_is_free(n: u32) -> bool {
    let lock = format!("/tmp/.X{n}-lock");
    let Ok(text) = std::fs::read_to_string(&lock) else { return !Path::new(&lock).exists() };
    let alive = text.trim().parse::<u32>().is_ok_and(|pid| Path::new(&format!("/proc/{pid}")).exists());
    if alive {
        return false;
    }
    let socket = format!("/tmp/.X11-unix/X{n}");
    std::fs::remove_file(&lock).is_ok() && (!Path::new(&socket).exists() || std::fs::remove_file(&socket).is_ok())
}

/// Fetches `url` (`http://127.0.0.1:port/path`) with a bare HTTP/1.0 GET, as a link-preview
/// crawler would, without a browser: the status code and the body.
pub async fn http_get(url: &str) -> Result<(u16, String), String> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let rest = url.strip_prefix("http://").ok_or("only http:// URLs")?;
    let (host, path) = rest.split_once('/').map_or((rest, "/".to_string()), |(h, p)| (h, format!("/{p}")));
    let mut stream = tokio::net::TcpStream::connect(host).await.map_err(|e| format!("{url}: {e}"))?;
    let request = format!("GET {path} HTTP/1.0\r\nHost: {host}\r\nUser-Agent: WhatsApp/2.0\r\n\r\n");
    stream.write_all(request.as_bytes()).await.map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).await.map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&bytes).to_string();
    let (head, body) = text.split_once("\r\n\r\n").ok_or("no HTTP header")?;
    let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).ok_or("no HTTP status")?;
    Ok((status, body.to_string()))
}
