// Koperasi Kota: the offline copy (written by the build from prerender/src/sw.js, see
// prerender/src/offline.rs). The build fills in the files and the version.
const SHELL = "__SHELL__";
const IMMUTABLE = new Set("__IMMUTABLE__");
const VERSION = "__VERSION__";
const SAVED_HEADER = "__SAVED_HEADER__";

const ROOT = new URL("./", self.location.href).href;
const ROOT_PATH = new URL(ROOT).pathname;
// Cache storage is shared by the whole origin: the name carries this copy's folder, so two
// deployments on one host never delete each other's copy.
const PREFIX = "koperasi-kota:" + ROOT_PATH + ":";
const CACHE = PREFIX + VERSION;
const FRESH = new Set(SHELL.filter((file) => !IMMUTABLE.has(file)));
// The app's own pages; any other page of the host below this folder is none of our business.
const VIEW = /^(en\/)?((kota\/[^/]+|penghargaan|kesehatan|periksa)\/)?$/;
// One city's part of the dataset (see src/query/parts.rs): saved when loaded, like a page.
const PART = /^data\/kota\/[^/]+\.json$/;

// A copy that says when it was saved: the app tells the reader when it shows one.
async function stamped(response) {
  const headers = new Headers(response.headers);
  headers.delete("content-encoding");
  headers.delete("content-length");
  headers.set(SAVED_HEADER, new Date().toISOString());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

async function save(key, response) {
  const cache = await caches.open(CACHE);
  await cache.put(key, await stamped(response));
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    await Promise.all(SHELL.map(async (file) => {
      const response = await fetch(new Request(ROOT + file, { cache: "no-cache" }));
      if (!response.ok) throw new Error(file + ": HTTP " + response.status);
      await save(ROOT + file, response);
    }));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const old = (await caches.keys()).filter((k) => k.startsWith(PREFIX) && k !== CACHE);
    await Promise.all(old.map((k) => caches.delete(k)));
    await self.clients.claim();
  })());
});

// Pages, the dataset, its parts and the manifests: the network first, every time, and the answer saved
// while it streams to the page. The saved copy only when the network fails or the server
// answers with an error of its own (5xx: a proxy, a portal).
async function networkFirst(event, key, page, url) {
  const saved = () => caches.match(key, { cacheName: CACHE });
  let response;
  try {
    response = await fetch(event.request);
  } catch (offline) {
    return (await saved()) || (page && (await unsavedCity(key, url))) || Promise.reject(offline);
  }
  if (response.status >= 500) return (await saved()) || response;
  if (response.ok && !response.redirected) event.waitUntil(save(key, response.clone()).catch(() => {}));
  return response;
}

// Offline, a city page never loaded: the home page's `?kota=` form, which the app renders
// from the saved data.
async function unsavedCity(key, url) {
  const city = /^(en\/)?kota\/([^/]+)\/$/.exec(key.slice(ROOT.length));
  if (!city || !(await caches.match(ROOT + (city[1] || ""), { cacheName: CACHE }))) return undefined;
  const rest = url.search ? "&" + url.search.slice(1) : "";
  return Response.redirect(ROOT + (city[1] || "") + "?kota=" + city[2] + rest, 302);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  // The root without its slash (`/sub/dir`) is the root.
  const pathname = url.pathname + "/" === ROOT_PATH ? ROOT_PATH : url.pathname;
  if (!pathname.startsWith(ROOT_PATH)) return;
  const path = pathname.slice(ROOT_PATH.length).replace(/index\.html$/, "");
  const key = ROOT + path;
  const page = request.mode === "navigate";
  if ((page && VIEW.test(path)) || FRESH.has(path) || PART.test(path)) {
    event.respondWith(networkFirst(event, key, page, url));
  } else if (IMMUTABLE.has(path)) {
    event.respondWith(caches.match(key, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
  }
});
