"""The translator's list of the middle tier's messages, extracted from its source into the .ts file.

The middle tier composes what it tells the user as ``Text("... {name} ...", name=value)``
(``middle_tier.contract.Text``). The client translates the template with
``QCoreApplication.translate("server", template)``, and each parameter value that is itself a known message: a
field's label ("Supplier code"), a record's name ("This SKU"), a state ("partially_received"). Those strings live
in context "server" of resources/i18n/emporium_zh_CN.ts, which Qt Linguist edits and pyside6-lrelease compiles.
pyside6-lupdate cannot find them (it reads the client's tr() calls), so this script does, by reading the source
of every ``middle_tier/**/*.py`` with ``ast``; nothing of the middle tier is imported, so no database or
configuration is needed. It collects:

1. templates: the first argument of every call of ``Text`` when it is a string literal, and parameters: a
   string literal given as one of its parameter values (``variant=key or "without attributes"``);
2. labels: a string literal passed, by position or by keyword, for a parameter annotated ``Label``
   (``middle_tier.contract.Label``, an alias of str that marks texts the client translates), and each string of
   a tuple literal passed for a parameter annotated ``tuple[Label, ...]``, in calls of the functions and classes
   defined in the middle tier (a dataclass's parameters are its annotated fields, its bases' first; a class
   with ``__init__`` takes that method's). The callee is resolved through the calling module's imports
   (``from middle_tier.core import validate`` then ``validate.text(...)``; ``from m import f as g`` then
   ``g(...)``; names a package's ``__init__`` imports from its modules) or the module's own top-level
   definitions. A call this cannot resolve (a method, a function passed around or assigned to another name) is
   not a label call: a label meant for translation goes to a function's parameter annotated ``Label``;
3. constants: the string literals assigned at module or class level to a name annotated ``Label`` or
   ``tuple[Label, ...]``.

``Label | None`` counts as ``Label``; ``a if c else b`` gives the strings of both branches, ``a or b`` those of
its operands. A label built at run time (an f-string, a concatenation) cannot be translated by its value;
``--list`` names them.

Writing (the default) replaces context "server" of the .ts with the extracted strings, sorted: a message still
extracted keeps its translation (one that pyside6-lupdate marked vanished or obsolete, because no client source
names it, is restored: finished or unfinished as it was); a new one gets an empty translation marked
unfinished; one no longer extracted goes. Every other context is left as it is, byte for byte, unless
``--drop-obsolete`` is given: then their vanished and obsolete messages go too, as ``lupdate -no-obsolete``
would drop them (scripts/update_translations.sh runs lupdate without it, so that context "server" survives).

    .venv/bin/python scripts/server_texts.py [--check | --list] [--drop-obsolete] [--ts FILE]

``--check`` changes nothing and exits 1, listing each message missing from the .ts, stale in it, untranslated,
or whose translation names other {placeholders} than its source; ``--list`` prints every string found, where.
"""
from __future__ import annotations

import argparse
import ast
import enum
import os
import re
import string
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

ROOT = Path(__file__).resolve().parents[1]
MIDDLE_TIER = ROOT / "middle_tier"
TS_FILE = ROOT / "resources" / "i18n" / "emporium_zh_CN.ts"
CONTEXT = "server"

LABEL = "middle_tier.contract.Label"
TEXT = "middle_tier.contract.Text"
DATACLASS = "dataclasses.dataclass"
CLASSVAR = ("typing.ClassVar", "ClassVar")

Kind = Literal["template", "parameter", "label", "constant"]


class Slot(enum.Enum):
    """What a parameter or a constant holds, by its annotation."""

    PLAIN = "plain"
    LABEL = "Label"
    LABELS = "tuple[Label, ...]"


@dataclass(frozen=True)
class Found:
    """One string for the translator, and where it was found."""

    text: str
    kind: Kind
    path: str          # relative to the directory that holds the package (the repository), with '/'
    line: int


@dataclass(frozen=True)
class Dynamic:
    """A template or label built at run time: it cannot be looked up in the translator's file."""

    kind: Kind
    path: str
    line: int
    source: str


@dataclass
class Extraction:
    found: list[Found] = field(default_factory=list)
    dynamic: list[Dynamic] = field(default_factory=list)

    def texts(self) -> set[str]:
        return {f.text for f in self.found}

    def by_kind(self, kind: Kind) -> set[str]:
        return {f.text for f in self.found if f.kind == kind}

    def files(self) -> dict[str, list[str]]:
        """Every string, with the files it was found in (sorted)."""
        out: dict[str, set[str]] = {}
        for f in self.found:
            out.setdefault(f.text, set()).add(f.path)
        return {text: sorted(paths) for text, paths in out.items()}


@dataclass(frozen=True)
class Param:
    name: str
    slot: Slot


@dataclass(frozen=True)
class Signature:
    """The parameters a call's arguments are matched against, with the slot of each."""

    positional: tuple[Param, ...]
    keyword: tuple[Param, ...]          # keyword-only
    varargs: Slot | None = None         # *args: each further positional argument
    varkw: Slot | None = None           # **kwargs: each keyword not named

    def slots(self, call: ast.Call) -> Iterator[tuple[Slot, ast.expr]]:
        """Each argument of `call` with the slot of the parameter it is passed for."""
        for i, arg in enumerate(call.args):
            if isinstance(arg, ast.Starred):
                break                   # the positions of what follows are unknown
            if i < len(self.positional):
                yield self.positional[i].slot, arg
            elif self.varargs is not None:
                yield self.varargs, arg
        named = {p.name: p.slot for p in (*self.positional, *self.keyword)}
        for kw in call.keywords:
            if kw.arg is None:
                continue                # **mapping
            slot = named.get(kw.arg, self.varkw)
            if slot is not None:
                yield slot, kw.value


# ---------------------------------------------------------------------------------------------
# The middle tier's modules, their definitions and imports


Definition = ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef


@dataclass
class Module:
    name: str                           # dotted: middle_tier.core.validate
    path: str                           # relative to the repository
    tree: ast.Module
    is_package: bool
    defs: dict[str, Definition] = field(default_factory=dict)   # top-level functions and classes
    assigned: set[str] = field(default_factory=set)             # other top-level names
    imports: dict[str, str] = field(default_factory=dict)       # local name -> dotted name it stands for

    @property
    def package(self) -> str:
        return self.name if self.is_package else self.name.rpartition(".")[0]


def _module(path: Path, root: Path) -> Module:
    rel = path.relative_to(root)
    parts = list(rel.with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    if is_package:
        parts.pop()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    mod = Module(".".join(parts), rel.as_posix(), tree, is_package)
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            mod.defs[node.name] = node
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            mod.assigned.update(t.id for t in targets if isinstance(t, ast.Name))
    # Imports anywhere in the module (a function's own import, to avoid a cycle, counts for the whole module);
    # those at the top come first.
    nodes = [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]
    nodes.sort(key=lambda n: n not in tree.body)
    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    mod.imports.setdefault(alias.asname, alias.name)
                else:
                    top = alias.name.partition(".")[0]
                    mod.imports.setdefault(top, top)
        else:
            base = node.module or ""
            if node.level:
                pkg = mod.package.split(".")
                pkg = pkg[:len(pkg) - (node.level - 1)]
                base = ".".join([*pkg, base] if base else pkg)
            for alias in node.names:
                if alias.name != "*":
                    mod.imports.setdefault(alias.asname or alias.name, f"{base}.{alias.name}")
    return mod


class Index:
    """The modules under one package directory, and the resolution of names through their imports."""

    def __init__(self, package_dir: Path) -> None:
        root = package_dir.parent
        self.modules: dict[str, Module] = {}
        for path in sorted(package_dir.rglob("*.py")):
            mod = _module(path, root)
            self.modules[mod.name] = mod
        self._signatures: dict[str, Signature | None] = {}

    # -- names

    def dotted(self, mod: Module, node: ast.expr) -> str | None:
        """The dotted name an expression stands for in `mod` (as written, before following re-exports):
        `validate.text` after `from middle_tier.core import validate` is middle_tier.core.validate.text."""
        if isinstance(node, ast.Name):
            if node.id in mod.imports:
                return mod.imports[node.id]
            if node.id in mod.defs or node.id in mod.assigned:
                return f"{mod.name}.{node.id}"
            return f"builtins.{node.id}"
        if isinstance(node, ast.Attribute):
            base = self.dotted(mod, node.value)
            return f"{base}.{node.attr}" if base else None
        return None

    def canonical(self, dotted: str, seen: frozenset[str] = frozenset()) -> str:
        """Where a dotted name is defined, following imports from one middle-tier module to another
        (middle_tier.catalog.sku_by_scan -> middle_tier.catalog.skus.sku_by_scan). Names outside the middle tier,
        and those it cannot follow, come back as given."""
        if dotted in seen:
            return dotted
        parts = dotted.split(".")
        for cut in range(len(parts) - 1, 0, -1):
            mod = self.modules.get(".".join(parts[:cut]))
            if mod is None:
                continue
            name, rest = parts[cut], parts[cut + 1:]
            if name in mod.defs or name in mod.assigned:
                return dotted
            if name in mod.imports:
                return self.canonical(".".join([mod.imports[name], *rest]), seen | {dotted})
            return dotted
        return dotted

    def resolve(self, mod: Module, node: ast.expr) -> str | None:
        dotted = self.dotted(mod, node)
        return self.canonical(dotted) if dotted else None

    def definition(self, dotted: str) -> tuple[Module, Definition] | None:
        module, _, name = dotted.rpartition(".")
        mod = self.modules.get(module)
        if mod is None or name not in mod.defs:
            return None
        return mod, mod.defs[name]

    # -- annotations

    def slot(self, mod: Module, annotation: ast.expr | None) -> Slot:
        """Label, tuple[Label, ...] or neither, by an annotation (a string annotation is parsed first)."""
        if annotation is None:
            return Slot.PLAIN
        if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
            try:
                annotation = ast.parse(annotation.value, mode="eval").body
            except SyntaxError:
                return Slot.PLAIN
        if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
            sides = (annotation.left, annotation.right)
            if any(isinstance(s, ast.Constant) and s.value is None for s in sides):
                other = sides[1] if isinstance(sides[0], ast.Constant) else sides[0]
                return self.slot(mod, other)
            return Slot.PLAIN
        if isinstance(annotation, ast.Subscript):
            if (self.resolve(mod, annotation.value) in ("builtins.tuple", "typing.Tuple")
                    and isinstance(annotation.slice, ast.Tuple) and len(annotation.slice.elts) == 2
                    and isinstance(annotation.slice.elts[1], ast.Constant)
                    and annotation.slice.elts[1].value is Ellipsis
                    and self.slot(mod, annotation.slice.elts[0]) is Slot.LABEL):
                return Slot.LABELS
            return Slot.PLAIN
        return Slot.LABEL if self.resolve(mod, annotation) == LABEL else Slot.PLAIN

    # -- signatures

    def signature(self, dotted: str) -> Signature | None:
        """The parameters of the function or class `dotted` names; None for anything else."""
        if dotted not in self._signatures:
            self._signatures[dotted] = None          # a class that is its own base ends here
            found = self.definition(dotted)
            self._signatures[dotted] = self._signature(*found) if found else None
        return self._signatures[dotted]

    def _signature(self, mod: Module, node: Definition) -> Signature | None:
        if not isinstance(node, ast.ClassDef):
            return self._function(mod, node.args)
        init = next((n for n in node.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None)
        if init is not None:
            own = self._function(mod, init.args)
            return Signature(own.positional[1:], own.keyword, own.varargs, own.varkw)      # without self
        if self._is_dataclass(mod, node):
            return Signature(tuple(self._fields(mod, node)), ())
        for base in node.bases:                    # a plain class: the constructor it inherits
            target = self.resolve(mod, base)
            inherited = self.signature(target) if target else None
            if inherited is not None:
                return inherited
        return None

    def _function(self, mod: Module, args: ast.arguments) -> Signature:
        def params(items: Iterable[ast.arg]) -> tuple[Param, ...]:
            return tuple(Param(a.arg, self.slot(mod, a.annotation)) for a in items)

        return Signature(
            params([*args.posonlyargs, *args.args]), params(args.kwonlyargs),
            self.slot(mod, args.vararg.annotation) if args.vararg else None,
            self.slot(mod, args.kwarg.annotation) if args.kwarg else None,
        )

    def _is_dataclass(self, mod: Module, node: ast.ClassDef) -> bool:
        return any(self.resolve(mod, d.func if isinstance(d, ast.Call) else d) == DATACLASS
                   for d in node.decorator_list)

    def _fields(self, mod: Module, node: ast.ClassDef, seen: frozenset[str] = frozenset()) -> list[Param]:
        """A dataclass's fields in __init__ order: its middle-tier dataclass bases' first, then its own."""
        fields: dict[str, Param] = {}
        for base in node.bases:
            target = self.resolve(mod, base)
            found = self.definition(target) if target and target not in seen else None
            if target is None or found is None:
                continue
            base_mod, base_node = found
            if isinstance(base_node, ast.ClassDef) and self._is_dataclass(base_mod, base_node):
                for p in self._fields(base_mod, base_node, seen | {target}):
                    fields[p.name] = p
        for stmt in node.body:
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and not self._classvar(
                    mod, stmt.annotation):
                fields[stmt.target.id] = Param(stmt.target.id, self.slot(mod, stmt.annotation))
        return list(fields.values())

    def _classvar(self, mod: Module, annotation: ast.expr) -> bool:
        if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
            return annotation.value.startswith(CLASSVAR)
        head = annotation.value if isinstance(annotation, ast.Subscript) else annotation
        return self.resolve(mod, head) in CLASSVAR


# ---------------------------------------------------------------------------------------------
# Extraction


def _strings(node: ast.expr) -> list[str]:
    """The string literals an argument can be: itself, both branches of `a if c else b`, the operands of
    `a or b`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if node.value.strip() else []
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [s for value in node.values for s in _strings(value)]
    return []


def _built(node: ast.expr) -> bool:
    """Whether an argument is a string built at run time (an f-string, a concatenation, a format call)."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return any((isinstance(s, ast.Constant) and isinstance(s.value, str)) or _built(s)
                   for s in (node.left, node.right))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str)
    if isinstance(node, ast.IfExp):
        return _built(node.body) or _built(node.orelse)
    if isinstance(node, ast.BoolOp):
        return any(_built(value) for value in node.values)
    return False


def _values(slot: Slot, node: ast.expr) -> Iterator[ast.expr]:
    """The expressions that are labels when `node` is passed or assigned for `slot`."""
    if slot is Slot.LABEL:
        yield node
    elif slot is Slot.LABELS and isinstance(node, (ast.Tuple, ast.List)):
        yield from (e for e in node.elts if not isinstance(e, ast.Starred))


def _class_level(body: Sequence[ast.stmt]) -> Iterator[ast.AnnAssign]:
    for stmt in body:
        if isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
            yield stmt
        elif isinstance(stmt, ast.ClassDef):
            yield from _class_level(stmt.body)


def extract(package_dir: Path = MIDDLE_TIER) -> Extraction:
    """Every template, label and Label constant of the middle tier's source under `package_dir`."""
    index = Index(package_dir)
    out = Extraction()
    for mod in index.modules.values():
        def note(kind: Kind, node: ast.expr, mod: Module = mod) -> None:
            for text in _strings(node):
                out.found.append(Found(text, kind, mod.path, node.lineno))
            if _built(node):
                out.dynamic.append(Dynamic(kind, mod.path, node.lineno, ast.unparse(node)))

        for call in (n for n in ast.walk(mod.tree) if isinstance(n, ast.Call)):
            callee = index.resolve(mod, call.func)
            if callee is None:
                continue                # a call of a call's result, of a subscript, ...: not resolvable
            if callee == TEXT:
                if call.args and not isinstance(call.args[0], ast.Starred):
                    note("template", call.args[0])
                for kw in call.keywords:
                    out.found.extend(Found(text, "parameter", mod.path, kw.value.lineno)
                                     for text in _strings(kw.value))
            # No signature: a callee outside the middle tier, or one this cannot resolve (a method, a function
            # held in a variable or passed around) -- not a label call, whatever its parameters say.
            sig = index.signature(callee)
            for slot, arg in sig.slots(call) if sig else ():
                for value in _values(slot, arg):
                    note("label", value)
        for stmt in _class_level(mod.tree.body):
            assert stmt.value is not None
            for value in _values(index.slot(mod, stmt.annotation), stmt.value):
                note("constant", value)
    out.found.sort(key=lambda f: (f.path, f.line, f.text))
    return out


# ---------------------------------------------------------------------------------------------
# The .ts file (the format pyside6-lupdate writes: TS 2.1, four spaces per level, entities as Qt escapes them)

_CONTEXT_RE = re.compile(r"^<context>\n    <name>(?P<name>[^<]*)</name>\n.*?^</context>\n", re.M | re.S)
_MESSAGE_RE = re.compile(r"^    <message(?: [^>]*)?>\n.*?^    </message>\n", re.M | re.S)
_OBSOLETE_RE = re.compile(r'<translation type="(?:vanished|obsolete)"')
FINISHED_TYPES = (None, "vanished")          # lupdate marks a finished message it no longer finds 'vanished'


@dataclass(frozen=True)
class Message:
    source: str
    translation: str
    type: str | None                         # None (finished), unfinished, vanished or obsolete

    @property
    def finished(self) -> bool:
        return self.type in FINISHED_TYPES and bool(self.translation)


def _protect(text: str) -> str:
    """Text escaped as Qt's TS writer does (control characters and non-ASCII spaces as <byte/>)."""
    out = []
    for ch in text:
        if ch in _ENTITIES:
            out.append(_ENTITIES[ch])
        elif (ord(ch) < 0x20 or (ord(ch) > 0x7F and ch.isspace())) and ch not in "\n\t":
            out.append(f'<byte value="x{ord(ch):x}"/>')
        else:
            out.append(ch)
    return "".join(out)


_ENTITIES = {'"': "&quot;", "&": "&amp;", ">": "&gt;", "<": "&lt;", "'": "&apos;"}


def _element_text(elem: ET.Element | None) -> str:
    """An element's text, with the <byte value="x.."/> characters Qt writes put back."""
    if elem is None:
        return ""
    parts = [elem.text or ""]
    for child in elem:
        if child.tag == "byte":
            parts.append(chr(int(child.get("value", "x0")[1:], 16)))
        parts.append(child.tail or "")
    return "".join(parts)


def read_messages(ts: str, context: str = CONTEXT) -> dict[str, Message]:
    """The messages of one context of a .ts file's text, by source."""
    out: dict[str, Message] = {}
    for ctx in ET.fromstring(ts.encode("utf-8")).iter("context"):
        if ctx.findtext("name") != context:
            continue
        for m in ctx.iter("message"):
            tr = m.find("translation")
            source = _element_text(m.find("source"))
            out[source] = Message(source, _element_text(tr), tr.get("type") if tr is not None else "unfinished")
    return out


def render_context(messages: Iterable[Message], files: dict[str, list[str]], ts_path: Path,
                   context: str = CONTEXT) -> str:
    """Context `context` as Qt writes it; each message names the middle-tier files it was found in."""
    lines = ["<context>", f"    <name>{_protect(context)}</name>"]
    for m in sorted(messages, key=lambda m: m.source):
        lines.append("    <message>")
        for path in files.get(m.source, ()):
            name = Path(os.path.relpath(ROOT / path, ts_path.resolve().parent)).as_posix()
            lines.append(f'        <location filename="{_protect(name)}"/>')
        lines.append(f"        <source>{_protect(m.source)}</source>")
        kind = f' type="{m.type}"' if m.type else ""
        lines.append(f"        <translation{kind}>{_protect(m.translation)}</translation>")
        lines.append("    </message>")
    lines.append("</context>")
    return "\n".join(lines) + "\n"


def replace_context(ts: str, block: str, context: str = CONTEXT) -> str:
    """The .ts text with context `context` replaced by `block` (or added where lupdate would sort it)."""
    for m in _CONTEXT_RE.finditer(ts):
        if m.group("name") == context:
            return ts[:m.start()] + block + ts[m.end():]
    for m in _CONTEXT_RE.finditer(ts):
        if m.group("name") > context:
            return ts[:m.start()] + block + ts[m.start():]
    end = ts.rindex("</TS>")
    return ts[:end] + block + ts[end:]


def drop_obsolete(ts: str, keep: str = CONTEXT) -> str:
    """The .ts text without the vanished and obsolete messages of every context but `keep` (lupdate's
    -no-obsolete), and without a context left empty."""
    def strip(m: re.Match[str]) -> str:
        if m.group("name") == keep:
            return m.group(0)
        block = _MESSAGE_RE.sub(lambda msg: "" if _OBSOLETE_RE.search(msg.group(0)) else msg.group(0), m.group(0))
        return block if _MESSAGE_RE.search(block) else ""

    return _CONTEXT_RE.sub(strip, ts)


def updated(ts: str, extraction: Extraction, ts_path: Path) -> str:
    """The .ts text with context "server" holding exactly the extracted strings, translations kept."""
    old = read_messages(ts)
    messages = []
    for source in extraction.texts():
        was = old.get(source)
        if was is None:
            messages.append(Message(source, "", "unfinished"))
        else:
            messages.append(Message(source, was.translation, None if was.type in FINISHED_TYPES else "unfinished"))
    return replace_context(ts, render_context(messages, extraction.files(), ts_path))


def placeholders(text: str) -> set[str]:
    """The {names} a template fills in (or None when its braces are malformed)."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:
        return {"<malformed braces>"}


def problems(ts: str, extraction: Extraction) -> list[str]:
    """What --check reports: each message missing from context "server", stale in it, not translated (or left
    marked by lupdate), or translated with other placeholders than its source's."""
    old = read_messages(ts)
    texts = extraction.texts()
    out = [f"missing: {s!r}" for s in sorted(texts - old.keys())]
    out += [f"stale: {s!r}" for s in sorted(old.keys() - texts)]
    for source in sorted(texts & old.keys()):
        m = old[source]
        if not m.finished:
            out.append(f"untranslated: {source!r}")
        elif m.type is not None:
            out.append(f"marked {m.type} by lupdate: {source!r}")
        elif placeholders(m.translation) != placeholders(source):
            out.append(f"placeholders differ: {source!r} -> {m.translation!r}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="change nothing; exit 1 listing what is out of date")
    mode.add_argument("--list", action="store_true", help="print every string found and where, and what is "
                                                          "built at run time")
    parser.add_argument("--drop-obsolete", action="store_true",
                        help="also drop vanished and obsolete messages of the other contexts")
    parser.add_argument("--ts", type=Path, default=TS_FILE, help="the .ts file (default: %(default)s)")
    args = parser.parse_args(argv)

    extraction = extract()
    if args.list:
        for f in extraction.found:
            print(f"{f.path}:{f.line}: {f.kind}: {f.text}")
        for d in extraction.dynamic:
            print(f"{d.path}:{d.line}: {d.kind} built at run time: {d.source}")
        counts = ", ".join(f"{len(extraction.by_kind(k))} {k}s" for k in ("template", "parameter", "label", "constant"))
        print(f"{len(extraction.texts())} strings ({counts}; a string may be of several kinds)")
        return 0
    ts = args.ts.read_text(encoding="utf-8")
    if args.check:
        found = problems(ts, extraction)
        for line in found:
            print(line)
        if found:
            print(f"{len(found)} problem(s) in context {CONTEXT!r} of {args.ts}: run scripts/update_translations.sh "
                  "and translate the new messages (pyside6-linguist)", file=sys.stderr)
        return 1 if found else 0
    new = updated(ts, extraction, args.ts)
    if args.drop_obsolete:
        new = drop_obsolete(new)
    if new != ts:
        args.ts.write_text(new, encoding="utf-8")
    untranslated = sum(1 for m in read_messages(new).values() if not m.finished)
    print(f"{args.ts.name}: {len(extraction.texts())} server messages, {untranslated} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
