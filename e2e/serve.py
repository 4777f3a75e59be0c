"""A static file server for the browser tests that adds response headers python's plain
http.server cannot: a Content-Security-Policy (and collects the violation reports the browser
POSTs to /csp-report, readable at /csp-reports), or CORS for data on another origin.

    python3 serve.py PORT DIR [--csp POLICY] [--cors]
"""
import functools
import http.server
import json
import sys

port, directory, args = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
csp = args[args.index("--csp") + 1] if "--csp" in args else None
cors = "--cors" in args
reports = []


class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        # The report list itself is the harness's page, not the app's: no policy on it.
        if csp and self.path != "/csp-reports":
            self.send_header("Content-Security-Policy", csp)
        if cors:
            self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_POST(self):
        if self.path != "/csp-report":
            self.send_error(404)
            return
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        reports.append(body.decode("utf-8", "replace"))
        self.send_response(204)
        self.end_headers()

    def do_GET(self):
        if self.path == "/csp-reports":
            data = json.dumps(reports).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")  # no JSON viewer
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        super().do_GET()

    def log_message(self, *args):
        pass


handler = functools.partial(Handler, directory=directory)
http.server.ThreadingHTTPServer(("127.0.0.1", port), handler).serve_forever()
