//! A tiny static file server whose answer for one file waits until the test opens a gate: the
//! test can look at the page *while* the data is loading, without timing guesses.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

pub struct GatedServer {
    pub port: u16,
    open: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl GatedServer {
    /// Serves `root`; requests for paths ending in `gated` wait for [`GatedServer::open`].
    pub async fn start(root: PathBuf, gated: &'static str) -> Result<Self, String> {
        let listener = TcpListener::bind("127.0.0.1:0").await.map_err(|e| e.to_string())?;
        let port = listener.local_addr().map_err(|e| e.to_string())?.port();
        let (open, gate) = watch::channel(false);
        let root = Arc::new(root);
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (root, gate) = (root.clone(), gate.clone());
                tokio::spawn(async move {
                    let _ = serve(stream, &root, gated, gate).await;
                });
            }
        });
        Ok(Self { port, open, task })
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Lets the held requests (and all later ones) through.
    pub fn open(&self) {
        let _ = self.open.send(true);
    }

    /// Holds requests for the gated file again.
    pub fn close(&self) {
        let _ = self.open.send(false);
    }
}

impl Drop for GatedServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(
    mut stream: TcpStream,
    root: &Path,
    gated: &str,
    mut gate: watch::Receiver<bool>,
) -> std::io::Result<()> {
    let mut buf = vec![0u8; 8192];
    let n = stream.read(&mut buf).await?;
    let request = String::from_utf8_lossy(&buf[..n]);
    let path = request.split_whitespace().nth(1).unwrap_or("/");
    let path = path.split('?').next().unwrap_or("/").trim_start_matches('/');
    let path = if path.is_empty() || path.ends_with('/') { format!("{path}index.html") } else { path.to_string() };
    let path = path.as_str();
    if path.ends_with(gated) {
        while !*gate.borrow_and_update() {
            if gate.changed().await.is_err() {
                return Ok(());
            }
        }
    }
    let file = root.join(path);
    let (status, body) = match (path.contains(".."), tokio::fs::read(&file).await) {
        (false, Ok(body)) => ("200 OK", body),
        _ => ("404 Not Found", b"not found".to_vec()),
    };
    let kind = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(&body).await?;
    stream.shutdown().await
}
