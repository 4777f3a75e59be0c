#!/usr/bin/env python3
"""Checks the app's source against its layer map (part of `make lint`).

The map is the table in `src/lib.rs`'s doc comment: each row a layer, bottom first, with the
top-level modules it holds. A file may use files of its own layer and of the layers below,
never one above; no two files may import each other, directly or round a longer loop; and
files of the pure layer use neither Leptos nor a browser API.

What counts as an import: every `crate::…` and `super::…` path in the file (in `use` lines
and inline), resolved to the file that defines the module it names. Tests are left out (files
named `tests.rs` or `*_tests.rs`, folders named `tests`, and an inline `#[cfg(test)] mod tests`
block): they may reach anywhere.

Usage: scripts/layers.py [SRC_DIR]   (default: src). Prints every problem; exits 1 on any.
"""

import re
import sys
from pathlib import Path

SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "src")

# Names a pure file must not mention: the UI framework and the browser's APIs.
NOT_PURE = re.compile(r"\b(leptos|web_sys|wasm_bindgen|js_sys|gloo_net|wasm_bindgen_futures)::")


def layer_map(lib: Path):
    """[(layer name, [top-level modules])], bottom first, from lib.rs's table."""
    layers = []
    for line in lib.read_text().splitlines():
        m = re.match(r"^//!\s*\|\s*(\d+)\s+([^|]+?)\s*\|\s*([^|]+?)\s*\|", line)
        if m:
            modules = re.findall(r"`([a-z0-9_]+)(?:/|\.rs)?`", m.group(3))
            layers.append((int(m.group(1)), m.group(2).strip(), modules))
    layers.sort()
    return [(name, modules) for _, name, modules in layers]


def module_of(path: Path):
    """The module path of a source file: src/data/model/mod.rs -> ('data', 'model'); the
    crate's root, src/lib.rs, is ()."""
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] in ("mod", "lib"):
        parts.pop()
    return tuple(parts)


def top(mod):
    """The top-level module a module belongs to, as the layer map names it (`lib` for the root)."""
    return mod[0] if mod else "lib"


def is_test(path: Path):
    rel = path.relative_to(SRC).parts
    return path.name == "tests.rs" or path.stem.endswith("_tests") or "tests" in rel[:-1]


def without_tests(text: str):
    """The file without its inline test module and without comments."""
    m = re.search(r"^#\[cfg\(test\)\]\s*\n\s*mod tests\s*\{", text, re.M)
    if m:
        text = text[: m.start()]
    return "\n".join(re.sub(r"//.*$", "", line) for line in text.splitlines())


def group_items(text: str, i: int):
    """The top-level items of a `{…}` group whose body starts at `i`."""
    depth, item, items = 1, "", []
    while i < len(text) and depth:
        c = text[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        if depth == 1 and c == ",":
            items.append(item)
            item = ""
        elif depth:
            item += c
        i += 1
    items.append(item)
    return items


def expand(head, m, text):
    """`head` (a path's segments) and, for a group (`…::{b, c::d}`), one path per item."""
    if not m.group(3):
        return [head]
    found = []
    for it in group_items(text, m.end()):
        names = [n for n in re.split(r"::|[{},\s]+", it.split(" as ")[0]) if n]
        found.append(head + names[:2])
    return found


def paths_in(text: str):
    """Every `crate::a::b`, `super::a` or `self::a` path, with `use` groups expanded
    (`crate::a::{b, c::d}`); a `use` path that starts with a bare name (`use parts::Parts;` in
    the root, `pub use encoding::…;` in a `mod.rs`) is relative to the file's own module."""
    found = []
    for m in re.finditer(r"\b(crate|self|super(?:::super)*)((?:::[A-Za-z_][A-Za-z0-9_]*)*)(::\{)?", text):
        if not (m.group(2) or m.group(3)):
            continue  # `pub(crate)`, `&self`: no path
        head = m.group(1).split("::") + [p for p in m.group(2).split("::") if p]
        found += expand(head, m, text)
    for m in re.finditer(r"\buse\s+([a-z_][a-z0-9_]*)((?:::[A-Za-z_][A-Za-z0-9_]*)*)(::\{)?", text):
        if m.group(1) not in ("crate", "self", "super"):
            head = ["self", m.group(1)] + [p for p in m.group(2).split("::") if p]
            found += expand(head, m, text)
    return found


def main():
    # main.rs is a crate of its own (it uses the library by name, not `crate::`).
    files = {module_of(p): p for p in SRC.rglob("*.rs") if not is_test(p) and p != SRC / "main.rs"}
    layers = layer_map(SRC / "lib.rs")
    if not layers:
        print(f"layers: no layer table in {SRC / 'lib.rs'}")
        return 1
    layer_of = {m: i for i, (_, mods) in enumerate(layers) for m in mods}
    # Names a module file re-exports from its children (`pub use cited::{Cited, QuotesShown};`):
    # a path through the folder to such a name leads to the child's file, so that two
    # siblings importing each other through their folder are a cycle too.
    reexports = {}
    for mod, path in files.items():
        text = without_tests(path.read_text())
        for m in re.finditer(r"\bpub(?:\([a-z]+\))?\s+use\s+(?:self::)?([a-z_][a-z0-9_]*)::(\{[^;]*\}|[A-Za-z_][A-Za-z0-9_]*)", text):
            child = mod + (m.group(1),)
            if child not in files:
                continue
            for name in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", m.group(2).split(" as ")[0] if "{" not in m.group(2) else m.group(2)):
                if name not in ("self", "as"):
                    reexports[(mod, name)] = child
    problems = []
    top_level = {top(mod) for mod in files}
    for name in sorted(top_level - set(layer_of)):
        problems.append(f"src/{name}: a module the layer map in src/lib.rs does not place")

    def resolve(base, path):
        """The longest module that `path` (from the file of module `base`) names."""
        parts = list(path)
        if parts[0] == "crate":
            mod = []
            parts = parts[1:]
        elif parts[0] == "self":
            mod = list(base)
            parts = parts[1:]
        else:
            mod = list(base)
            while parts and parts[0] == "super":
                mod = mod[:-1]
                parts = parts[1:]
        best = tuple(mod) if tuple(mod) in files else None
        for p in parts:
            if tuple(mod + [p]) in files:
                mod.append(p)
                best = tuple(mod)
            else:
                # A name the module re-exports from a child: that child's file.
                return reexports.get((tuple(mod), p), best)
        return best

    edges = {}
    for mod, path in files.items():
        text = without_tests(path.read_text())
        rel = path.relative_to(SRC.parent)
        own = layer_of.get(top(mod))
        if own == 0 and NOT_PURE.search(text):
            word = NOT_PURE.search(text).group(1)
            problems.append(f"{rel}: uses {word} in the pure layer ({layers[0][0]})")
        targets = set()
        for p in paths_in(text):
            target = resolve(mod, p)
            # Its own module, or a folder it is in: a child may use what its parent defines or
            # gathers (the crate's root is no folder but the shell's own file).
            if target is None or target == mod or (target and mod[: len(target)] == target):
                continue
            targets.add(target)
        edges[mod] = targets
        for target in sorted(targets):
            theirs = layer_of.get(top(target))
            if own is not None and theirs is not None and theirs > own:
                problems.append(
                    f"{rel}: uses {'::'.join(target)} ({layers[theirs][0]}), a layer above its own ({layers[own][0]})"
                )

    # Cycles between files: every group of files that reach each other (Tarjan's strongly
    # connected components), with one loop through it.
    index, low, on_stack, stack, groups = {}, {}, set(), [], []

    def connect(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    def loop_through(group):
        """A shortest loop from the group's first file back to it, inside the group."""
        first, inside = group[0], set(group)
        paths, queue = {first: [first]}, [first]
        while queue:
            node = queue.pop(0)
            for nxt in sorted(edges.get(node, ())):
                if nxt == first:
                    return paths[node] + [first]
                if nxt in inside and nxt not in paths:
                    paths[nxt] = paths[node] + [nxt]
                    queue.append(nxt)
        return group

    sys.setrecursionlimit(10000)
    for node in sorted(edges):
        if node not in index:
            connect(node)
    name = lambda m: str(files[m].relative_to(SRC.parent))
    for group in sorted(groups):
        loop = " -> ".join(name(m) for m in loop_through(group))
        rest = sorted(set(group) - set(loop_through(group)))
        shown = ", ".join(name(m) for m in rest[:6]) + (f" and {len(rest) - 6} more" if len(rest) > 6 else "")
        also = f" (the loop's files reach {len(rest)} more, which reach them back: {shown})" if rest else ""
        problems.append(f"import cycle among {len(group)} files: {loop}{also}")

    for p in problems:
        print(f"layers: {p}")
    count = sum(len(t) for t in edges.values())
    print(f"layers: {len(files)} files, {count} imports, {len(layers)} layers: "
          + ("ok" if not problems else f"{len(problems)} problem(s)"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
