#!/usr/bin/python3
"""a11y-tree.py — run a GUI program and print its accessibility (AT-SPI) tree, as a screen reader sees it.

Usage: a11y-tree.py [OPTIONS] -- COMMAND [ARGS...]   (scripts/setup installs the packages)
A copy of the team's ../shared/tools/a11y-tree.py, kept here so that the suite runs from a clean clone.
  --app-name NAME     application on the AT-SPI desktop to dump (default: the one COMMAND started)
  --timeout S         seconds to wait for the application and its first window (default 30)
  --delay S           seconds to let the UI settle after the first window, and after each click (default 1)
  --click ROLE:NAME   best effort: perform the default action (Press/Toggle/...) of the first object with
                      that role and name, then dump again; repeatable, done in order.
                      e.g. "push button:Apply", "page tab:Advanced", "check box:Enable feature",
                      "text:" (empty NAME = the first unnamed one). Role as printed; case/space-insensitive.
  --size WxH          screen size of the private Xvfb (default 1280x800)
  --strict            also count unnamed focusable containers (filler, panel, ...) whose focusable
                      children take the focus (QTabWidget, QScrollArea, ...); listed apart otherwise
  --fail-on-unnamed   exit 4 when the last dump has unnamed focusable controls
  --max-children N    print at most N children of one object (default 300; big tables)
Everything runs in a private Xvfb (+ matchbox-window-manager if installed, so the window gets real
keyboard focus) + `dbus-run-session` + at-spi-bus-launcher, the program with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb; its output goes to stderr.
Only processes this tool started are stopped at the end (each in its own process group).
stdout: one line per accessible object, indented:  role "name" desc="..." [states]  named|UNNAMED
(named/UNNAMED only on focusable objects), then
  controls: N, focusable: F, unnamed focusable: U
(N = objects under the application, all roles) and the unnamed focusable ones with role and path.
Unnamed showing controls that are not focusable (e.g. Qt toolbar buttons) are listed in a note.
Exit: 0 dumped, 1 the app never showed up or died, 2 usage/setup error, 3 a --click found no target,
4 --fail-on-unnamed and U > 0, 130 interrupted.
"""

import argparse
import ctypes
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)  # Atspi's GI renames across versions
MARK = "A11Y_TREE_TMP"  # set once we run inside our own dbus-run-session
LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
STATES = ("focusable", "focused", "enabled", "showing", "checked", "selected", "expanded", "modal")
# Generic containers: when focusable, Qt usually forwards focus to a child (focus proxy).
CONTAINER_ROLES = {"filler", "panel", "layered pane", "scroll pane", "viewport", "split pane",
                   "redundant object", "unknown", "grouping", "section"}
# Roles a user operates: unnamed showing ones are noted even when not focusable (toolbar buttons).
ACTIONABLE_ROLES = {"push button", "toggle button", "menu item", "check menu item", "radio menu item",
                    "check box", "radio button", "combo box", "page tab", "link", "spin button",
                    "slider", "text", "password text", "entry", "list", "tree", "table", "tree table"}
PREFERRED_ACTIONS = ("press", "click", "activate", "toggle", "jump", "open", "showmenu", "setfocus")


def err(msg):
    print(f"a11y-tree: {msg}", file=sys.stderr, flush=True)


def parse(argv):
    if "--" not in argv:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    cut = argv.index("--")
    ap = argparse.ArgumentParser(prog="a11y-tree", add_help=True)
    ap.add_argument("--app-name")
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("--delay", type=float, default=1.0)
    ap.add_argument("--click", action="append", default=[])
    ap.add_argument("--size", default="1280x800")
    ap.add_argument("--strict", action="store_true")
    ap.add_argument("--fail-on-unnamed", action="store_true")
    ap.add_argument("--max-children", type=int, default=300)
    opts = ap.parse_args(argv[:cut])
    cmd = argv[cut + 1:]
    if not cmd:
        ap.error("no COMMAND after --")
    for c in opts.click:
        if ":" not in c:
            ap.error(f'--click wants "ROLE:NAME", got {c!r}')
    w, _, h = opts.size.partition("x")
    if not (w.isdigit() and h.isdigit()):
        ap.error(f"--size wants WIDTHxHEIGHT, got {opts.size!r}")
    return opts, cmd


# ---------------------------------------------------------------- outer: enter a private session bus
def outer(argv):
    parse(argv)  # usage errors before starting anything
    need = {"Xvfb": "xvfb", "dbus-run-session": "dbus-daemon", "dbus-daemon": "dbus-daemon"}
    missing = sorted({pkg for exe, pkg in need.items() if not shutil.which(exe)})
    if not any(os.access(p, os.X_OK) for p in LAUNCHERS):
        missing.append("at-spi2-core")
    try:
        import gi
        gi.require_version("Atspi", "2.0")
        from gi.repository import Atspi  # noqa: F401
    except (ImportError, ValueError):
        missing.append("python3-pyatspi")
    if missing:
        err("missing packages: " + " ".join(missing) + " (scripts/setup installs them)")
        sys.exit(2)
    if not shutil.which(argv[argv.index("--") + 1]):
        err(f"command not found: {argv[argv.index('--') + 1]}")
        sys.exit(2)
    tmp = tempfile.mkdtemp(prefix="a11y-tree.", dir="/tmp")
    os.mkdir(os.path.join(tmp, "run"), 0o700)
    # A dbus-daemon shim: records the session bus daemon's PID, keeps its chatter out of our stderr.
    shim = os.path.join(tmp, "dbus-daemon")
    with open(shim, "w") as f:
        f.write(f'#!/bin/sh\necho $$ >"{tmp}/dbus.pid"\nexec {shutil.which("dbus-daemon")} "$@" 2>>"{tmp}/dbus.log"\n')
    os.chmod(shim, 0o755)
    env = dict(os.environ, **{MARK: tmp, "XDG_RUNTIME_DIR": os.path.join(tmp, "run")})
    for var in ("AT_SPI_BUS_ADDRESS", "DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY", "NO_AT_BRIDGE"):
        env.pop(var, None)
    # Ctrl-C should reach only the inner script, which then stops everything in order (app, AT-SPI
    # services, Xvfb) before dbus-run-session ends the session bus; the inner script re-enables SIGINT.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.execvpe("dbus-run-session", ["dbus-run-session", f"--dbus-daemon={shim}", "--",
                                     sys.executable, os.path.abspath(__file__), *argv], env)


# ---------------------------------------------------------------- inner: processes
_libc = ctypes.CDLL(None, use_errno=True)


def die_with_parent(sig=signal.SIGTERM):
    _libc.prctl(1, int(sig), 0, 0, 0)  # PR_SET_PDEATHSIG


class Procs:
    """Processes we started, each leading its own process group; stopped in reverse order."""

    def __init__(self):
        self.items = []

    def start(self, name, args, **kw):
        p = subprocess.Popen(args, start_new_session=True, preexec_fn=die_with_parent,
                             stdin=subprocess.DEVNULL, **kw)
        self.items.append((name, p))
        return p

    @staticmethod
    def group_alive(pgid):
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    with open(f"/proc/{d}/stat") as f:
                        fields = f.read().rsplit(")", 1)[1].split()
                    if int(fields[2]) == pgid and fields[0] != "Z":
                        return True
                except (OSError, IndexError, ValueError):
                    pass
        return False

    def stop(self, p, grace=3.0):
        if p.poll() is not None and not self.group_alive(p.pid):
            return
        for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 2.0)):
            try:
                os.killpg(p.pid, sig)
            except (ProcessLookupError, PermissionError):
                pass
            end = time.time() + wait
            while time.time() < end:
                p.poll()
                if p.returncode is not None and not self.group_alive(p.pid):
                    return
                time.sleep(0.05)

    def stop_all(self):
        for _, p in reversed(self.items):
            self.stop(p)


def start_xvfb(procs, size, log):
    r, w = os.pipe()
    procs.start("Xvfb", ["Xvfb", "-displayfd", str(w), "-screen", "0", f"{size}x24",
                         "-nolisten", "tcp", "-noreset"], pass_fds=(w,), stdout=log, stderr=log)
    os.close(w)
    buf, end = b"", time.time() + 15
    while b"\n" not in buf and time.time() < end:
        ready, _, _ = select.select([r], [], [], 0.5)
        if ready:
            chunk = os.read(r, 64)
            if not chunk:
                break
            buf += chunk
    os.close(r)
    if not buf.strip().isdigit():
        raise SetupError("Xvfb did not start (see its log above)")
    return ":" + buf.strip().decode()


def start_wm(procs, log):
    """A window manager, if installed, so that the window is activated and keyboard focus is real."""
    wm = shutil.which("matchbox-window-manager")
    if not wm:
        return
    procs.start("wm", [wm, "-use_titlebar", "no", "-use_cursor", "no"], stdout=log, stderr=log)
    end = time.time() + 5
    while time.time() < end and shutil.which("xprop"):
        probe = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], capture_output=True, text=True)
        if "window id" in probe.stdout:
            return
        time.sleep(0.1)


class SetupError(Exception):
    pass


def wait_for_name(name, timeout):
    from gi.repository import Gio, GLib
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    end = time.time() + timeout
    while time.time() < end:
        res = bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                            "NameHasOwner", GLib.Variant("(s)", (name,)), None,
                            Gio.DBusCallFlags.NONE, 2000, None)
        if res.unpack()[0]:
            return
        time.sleep(0.1)
    raise SetupError(f"{name} did not appear on the session bus")


# ---------------------------------------------------------------- inner: AT-SPI
def norm_role(s):
    return "".join(ch for ch in s.casefold() if ch.isalnum())


def safe(fn, default=None):
    try:
        return fn()
    except Exception:  # GLib.Error from a vanished object, a timeout, ...
        return default


def pgid_of(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return int(f.read().rsplit(")", 1)[1].split()[2])
    except (OSError, IndexError, ValueError):
        return None


def find_app(Atspi, desktop, opts, app_pgid):
    apps = [a for a in (safe(lambda i=i: desktop.get_child_at_index(i))
                        for i in range(safe(desktop.get_child_count, 0) or 0)) if a]
    if opts.app_name:
        want = opts.app_name.casefold()
        named = [a for a in apps if (safe(a.get_name, "") or "").casefold() == want] or \
                [a for a in apps if want in (safe(a.get_name, "") or "").casefold()]
        return named[0] if named else None
    ours = [a for a in apps if pgid_of(safe(a.get_process_id, -1)) == app_pgid]
    return (ours or apps or [None])[0]


def collect(Atspi, acc, path, depth, opts):
    """One object and its subtree as a dict (children first, so containers can be judged)."""
    role = safe(acc.get_role_name, "?") or "?"
    name = (safe(acc.get_name, "") or "").strip()
    node = {"role": role, "name": name, "desc": (safe(acc.get_description, "") or "").strip(),
            "path": path, "acc": acc, "children": [], "more": 0}
    ss = safe(acc.get_state_set)
    node["states"] = [s for s in STATES if ss and ss.contains(getattr(Atspi.StateType, s.upper()))]
    n = safe(acc.get_child_count, 0) or 0
    if depth >= 60:
        node["more"] = n
        return node
    for i in range(min(n, opts.max_children)):
        child = safe(lambda: acc.get_child_at_index(i))
        if child is None:
            continue
        crole = safe(child.get_role_name, "?") or "?"
        cname = (safe(child.get_name, "") or "").strip()
        seg = f"{crole}[{i}]" + (f'"{cname}"' if cname else "")
        node["children"].append(collect(Atspi, child, f"{path}/{seg}", depth + 1, opts))
    node["more"] = max(0, n - opts.max_children)
    return node


def classify(node, strict):
    """Sets node['verdict'] on focusable nodes; returns whether the subtree has a focusable object."""
    below = False
    for c in node["children"]:
        below = classify(c, strict) or below
    focusable = "focusable" in node["states"]
    if focusable:
        if node["name"]:
            node["verdict"] = "named"
        elif not strict and below and node["role"] in CONTAINER_ROLES:
            node["verdict"] = "unnamed-container"
        else:
            node["verdict"] = "UNNAMED"
    return focusable or below


def report(Atspi, app, opts, title):
    app_name = safe(app.get_name, "") or ""
    root = collect(Atspi, app, "", 0, opts)
    classify(root, opts.strict)
    print(f"== {title}: application \"{app_name}\" pid {safe(app.get_process_id, '?')}", flush=True)
    stats = {"controls": 0, "focusable": 0, "unnamed": [], "containers": [], "other": [], "more": 0}

    def emit(node, depth):
        parts = [f'{node["role"]} "{node["name"]}"']
        if node["desc"]:
            parts.append(f'desc="{node["desc"]}"')
        parts.append("[" + " ".join(node["states"]) + "]")
        if "verdict" in node:
            parts.append(node["verdict"])
        print("  " * depth + "  ".join(parts))
        if node["more"]:
            print("  " * (depth + 1) + f"... {node['more']} more children not shown")
            stats["more"] += node["more"]
        if depth:
            stats["controls"] += 1
            if "verdict" in node:
                stats["focusable"] += 1
                if node["verdict"] == "UNNAMED":
                    stats["unnamed"].append(node)
                elif node["verdict"] == "unnamed-container":
                    stats["containers"].append(node)
            elif not node["name"] and node["role"] in ACTIONABLE_ROLES and "showing" in node["states"]:
                stats["other"].append(node)
        for c in node["children"]:
            emit(c, depth + 1)

    emit(root, 0)
    print(f"controls: {stats['controls']}, focusable: {stats['focusable']}, "
          f"unnamed focusable: {len(stats['unnamed'])}")
    for n in stats["unnamed"]:
        extra = f'  desc="{n["desc"]}"' if n["desc"] else ""
        print(f"  UNNAMED {n['role']}  {n['path']}{extra}")
    if stats["containers"]:
        print("not counted (unnamed focusable containers whose focusable children take the focus; "
              "--strict counts them):")
        for n in stats["containers"]:
            print(f"  {n['role']}  {n['path']}")
    if stats["other"]:
        print("note: unnamed showing controls that are not focusable (not counted above):")
        for n in stats["other"]:
            print(f"  {n['role']}  {n['path']}  [{' '.join(n['states'])}]")
    if stats["more"]:
        print(f"note: {stats['more']} children not shown or counted (--max-children)")
    sys.stdout.flush()
    return root, len(stats["unnamed"])


def find_node(root, role, name):
    want_role, want_name = norm_role(role), name.strip().casefold()
    hits = []

    def walk(n):
        if norm_role(n["role"]) == want_role and n["name"].casefold() == want_name:
            hits.append(n)
        for c in n["children"]:
            walk(c)

    walk(root)
    hits.sort(key=lambda n: ("showing" not in n["states"], "enabled" not in n["states"]))
    return hits[0] if hits else None


def same_role_names(root, role):
    out = []

    def walk(n):
        if norm_role(n["role"]) == norm_role(role):
            out.append(n["name"] or "(unnamed)")
        for c in n["children"]:
            walk(c)

    walk(root)
    return out


def do_click(node):
    acc = node["acc"]
    action = safe(acc.get_action_iface)
    count = safe(lambda: action.get_n_actions(), 0) if action else 0
    if not count:
        ok = safe(lambda: acc.get_component_iface().grab_focus(), False)
        return f"no actions; grab_focus -> {ok}"
    names = [safe(lambda i=i: action.get_action_name(i), "") or "" for i in range(count)]
    index = 0
    for pref in PREFERRED_ACTIONS:
        match = [i for i, nm in enumerate(names) if nm.casefold().replace(" ", "") == pref]
        if match:
            index = match[0]
            break
    try:
        ok = action.do_action(index)
        result = "ok" if ok else "refused"
    except Exception as e:  # a modal dialog opened by the action blocks the reply: a timeout
        result = ("no reply (a modal dialog may have opened; it is in the next dump)"
                  if "reply" in str(e) else f"failed: {str(e).splitlines()[0][:100]}")
    return f'action "{names[index]}" of {names} -> {result}'


def inner(argv):
    opts, cmd = parse(argv)
    tmp = os.environ[MARK]
    parent = os.getppid()
    die_with_parent()  # our dbus-run-session killed -> we clean up too
    signal.signal(signal.SIGINT, signal.default_int_handler)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda s, f: sys.exit(128 + s))
    procs, app = Procs(), None
    log = open(os.path.join(tmp, "services.log"), "wb")
    try:
        try:
            os.environ["DISPLAY"] = start_xvfb(procs, opts.size, log)
            os.environ["QT_QPA_PLATFORM"] = "xcb"
            start_wm(procs, log)
            launcher = next(p for p in LAUNCHERS if os.access(p, os.X_OK))
            procs.start("at-spi-bus-launcher", [launcher, "--launch-immediately", "--a11y=1"],
                        stdout=log, stderr=log)
            wait_for_name("org.a11y.Bus", 15)
            import gi
            gi.require_version("Atspi", "2.0")
            from gi.repository import Atspi
            Atspi.init()
            Atspi.set_timeout(5000, 15000)
            desktop = Atspi.get_desktop(0)
            env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
            env.pop(MARK, None)
            app = procs.start("app", cmd, stdout=sys.stderr, stderr=sys.stderr, env=env)
        except (SetupError, OSError, StopIteration) as e:
            log.flush()
            sys.stderr.write(open(log.name, errors="replace").read()[-3000:])
            err(f"setup failed: {e}")
            return 2

        end, acc = time.time() + opts.timeout, None
        while time.time() < end:
            acc = find_app(Atspi, desktop, opts, app.pid)
            if acc is not None and (safe(acc.get_child_count, 0) or 0) > 0:
                break
            if app.poll() is not None and not procs.group_alive(app.pid):
                err(f"COMMAND exited with status {app.returncode} before showing a window")
                return 1
            time.sleep(0.2)
        else:
            seen = [safe(lambda i=i: desktop.get_child_at_index(i).get_name(), "?")
                    for i in range(safe(desktop.get_child_count, 0) or 0)]
            err(f"no matching application with a window on the AT-SPI desktop after {opts.timeout:g} s; "
                + (f"applications seen: {seen}" if seen else
                   "none registered (accessibility off or not built into the toolkit? slow start: --timeout)"))
            return 1
        time.sleep(opts.delay)
        safe(acc.clear_cache)
        root, unnamed = report(Atspi, acc, opts, "initial")

        for spec in opts.click:
            role, _, name = spec.partition(":")
            node = find_node(root, role, name)
            if node is None:
                known = same_role_names(root, role)
                err(f'--click: no "{role.strip()}" named "{name.strip()}"'
                    + (f"; {role.strip()} objects: {known}" if known else "; no object has that role"))
                return 3
            print(f"\n== click {spec!r} -> {node['path']}: {do_click(node)}", flush=True)
            time.sleep(opts.delay)
            if app.poll() is not None and not procs.group_alive(app.pid):
                print(f"application exited (status {app.returncode}) after the click")
                return 0
            safe(acc.clear_cache)
            root, unnamed = report(Atspi, acc, opts, f"after click {spec!r}")
        return 4 if opts.fail_on_unnamed and unnamed else 0
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # stdout closed early (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, signal.SIG_IGN)  # let the cleanup finish
        procs.stop_all()
        log.close()
        if os.getppid() != parent:  # dbus-run-session is gone: stop its session bus ourselves
            try:
                os.kill(int(open(os.path.join(tmp, "dbus.pid")).read()), signal.SIGTERM)
            except (OSError, ValueError):
                pass
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    if os.environ.get(MARK):
        sys.exit(inner(sys.argv[1:]))
    outer(sys.argv[1:])
