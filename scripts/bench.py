#!/usr/bin/env python3
"""`make bench`: zones against less, measured in a pseudo-terminal on this machine.

Each program runs in a pty of a set size with TERM=xterm-256color and a UTF-8 locale, RUNS
times. The script records when each byte arrives: the first frame ends with the last byte
before the program falls quiet, a key's latency runs from sending it to the last byte of its
answer. Peak memory is the process's VmHWM. In-process timings and growth come from
zones-bench. Prints Markdown tables (copied into docs/PERFORMANCE.md).
"""
import fcntl
import json
import os
import pathlib
import platform
import pty
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("RUNS", "10"))
QUIET = 0.25


def spawn(argv, size, extra_env=None):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": tempfile.mkdtemp(prefix="zones-bench-"),
           "TERM": "xterm-256color", "LANG": "C.UTF-8", "LESSHISTFILE": "-"}
    env.update(extra_env or {})
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
        os.execvpe(argv[0], argv, env)
    return pid, fd, start


def drain(fd, since, quiet=QUIET, limit=5.0):
    """Reads until the program is quiet; returns (seconds from `since` to the last byte, bytes)."""
    last = None
    total = 0
    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        # Wait as long as it takes for the first byte; after that, silence means done.
        ready, _, _ = select.select([fd], [], [], quiet if last else max(0.0, deadline - time.perf_counter()))
        if not ready:
            break
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        last = time.perf_counter()
        total += len(data)
    return ((last - since) if last else float("nan")), total


def peak_rss_kb(pid):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return float("nan")


def finish(pid, fd, quit_keys):
    try:
        os.write(fd, quit_keys)
        drain(fd, time.perf_counter(), quiet=0.1, limit=2)
    except OSError:
        pass
    for _ in range(50):
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.02)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)


def session(argv, size, keys, quit_keys, env=None):
    """One run: first frame, then each (name, prelude, key) measured; returns a dict of samples."""
    pid, fd, start = spawn(argv, size, env)
    first, first_bytes = drain(fd, start)
    result = {"first_frame_ms": first * 1000, "first_frame_bytes": first_bytes}
    for name, prelude, key in keys:
        for byte in prelude:
            os.write(fd, byte)
            drain(fd, time.perf_counter(), quiet=0.1)
        sent = time.perf_counter()
        os.write(fd, key)
        latency, count = drain(fd, sent, quiet=0.1)
        result[f"{name}_ms"] = latency * 1000
        result[f"{name}_bytes"] = count
    result["rss_kb"] = peak_rss_kb(pid)
    finish(pid, fd, quit_keys)
    return result


def summarize(runs):
    keys = runs[0].keys()
    out = {}
    for key in keys:
        values = sorted(r[key] for r in runs if r[key] == r[key])
        if values:
            out[key] = (statistics.median(values), values[0], values[-1])
    return out


def fmt(triple, unit=""):
    median, low, high = triple
    if unit == "ms":
        return f"{median:.2f} ({low:.2f}–{high:.2f})"
    return f"{median:.0f} ({low:.0f}–{high:.0f})"


def main():
    release = ["swift", "build", "-c", "release", "--static-swift-stdlib"]  # as `make install` builds it
    subprocess.run(release + ["--product", "zones"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(release + ["--product", "zones-bench"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    bindir = subprocess.run(release + ["--show-bin-path"], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    zones = os.path.join(bindir, "zones")
    bench = os.path.join(bindir, "zones-bench")
    less = "less"
    original = str(ROOT / "Assets" / "original.txt")
    # Both programs switch the terminal to application cursor keys (smkx), where ↓ is ESC O B.
    down, pgdn, esc = b"\x1bOB", b"\x1b[6~", b"\x1b"

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}; "
          f"date {time.strftime('%Y-%m-%d')}; commit {commit}; {RUNS} runs each, median (min–max).\n")

    for size in [(80, 24), (200, 60)]:
        zones_keys = [
            ("scroll", [b"6"], down),
            ("page", [], pgdn),
            ("pane", [], b"2"),
            ("open_zone", [b"3", b"j"], b"\r"),
            ("search_key", [b"/"], "保".encode()),
        ]
        less_keys = [("scroll", [], down), ("page", [], pgdn), ("search_key", [b"/"], "保".encode())]
        z = summarize([session([zones], size, zones_keys, esc + b"q") for _ in range(RUNS)])
        l = summarize([session([less, original], size, less_keys, esc + b"q") for _ in range(RUNS)])
        f = summarize([session([bench, "floor"], size, [], b"q") for _ in range(RUNS)])
        print(f"### {size[0]}×{size[1]}\n")
        print("| measure | zones | less | ratio zones/less |")
        print("| --- | --- | --- | --- |")
        for key, label, unit in [("first_frame_ms", "first frame (ms)", "ms"), ("first_frame_bytes", "first frame (bytes)", ""),
                                 ("scroll_ms", "↓ one line (ms)", "ms"), ("scroll_bytes", "↓ one line (bytes)", ""),
                                 ("page_ms", "PgDn (ms)", "ms"), ("page_bytes", "PgDn (bytes)", ""),
                                 ("search_key_ms", "search keystroke (ms)", "ms"), ("search_key_bytes", "search keystroke (bytes)", ""),
                                 ("pane_ms", "switch pane (ms)", "ms"), ("pane_bytes", "switch pane (bytes)", ""),
                                 ("open_zone_ms", "open a zone (ms)", "ms"), ("open_zone_bytes", "open a zone (bytes)", ""),
                                 ("rss_kb", "peak RSS (KB)", "")]:
            zv = fmt(z[key], unit) if key in z else "–"
            lv = fmt(l[key], unit) if key in l else "–"
            ratio = f"{z[key][0] / l[key][0]:.2f}" if key in z and key in l and l[key][0] else "–"
            print(f"| {label} | {zv} | {lv} | {ratio} |")
        print(f"\nBare Swift + ncursesw floor: first frame {fmt(f['first_frame_ms'], 'ms')} ms, "
              f"peak RSS {fmt(f['rss_kb'])} KB; zones/floor first frame {z['first_frame_ms'][0] / f['first_frame_ms'][0]:.2f}.\n")

    print("### In process (zones-bench render, median of 50)\n")
    print("| pane | 80×24 (ms) | 300×100 (ms) |")
    print("| --- | --- | --- |")
    rows = {}
    for line in subprocess.run([bench, "render"], capture_output=True, text=True, check=True).stdout.splitlines():
        r = json.loads(line)
        rows.setdefault(r["pane"], {})[r["size"]] = r["median_ms"]
    for pane, sizes in rows.items():
        print(f"| {pane} | {sizes.get('80x24', '–')} | {sizes.get('300x100', '–')} |")

    print("\n### One key in process, update + render at 80×24 (zones-bench keys, median of 20)\n")
    print("| key | median (ms) | max (ms) |")
    print("| --- | --- | --- |")
    for line in subprocess.run([bench, "keys"], capture_output=True, text=True, check=True).stdout.splitlines():
        r = json.loads(line)
        print(f"| {r['key']} | {r['median_ms']} | {r['max_ms']} |")

    print("\n### Growth (zones-bench search; first frame in a pty at 80×24)\n")
    print("| dataset | documents | load + validate (ms) | build search index (ms) | search keystroke median / max (ms) | peak RSS (KB) | first frame (ms) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for copies in [1, 10, 100]:
            path = None
            if copies > 1:
                path = os.path.join(tmp, f"x{copies}.json")
                with open(path, "w") as out:
                    subprocess.run([bench, "generate", str(copies)], stdout=out, check=True)
            r = json.loads(subprocess.run([bench, "search"] + ([path] if path else []), capture_output=True, text=True, check=True).stdout)
            argv = [zones] + (["--data", path] if path else [])
            ff = summarize([session(argv, (80, 24), [], esc + b"q") for _ in range(max(3, RUNS // 3))])
            print(f"| report ×{copies} | {r['documents']} | {r['load_ms']:.1f} | {r['index_ms']:.1f} | "
                  f"{r['keystroke_median_ms']:.2f} / {r['keystroke_max_ms']:.2f} | {r['peak_rss_kb']} | {ff['first_frame_ms'][0]:.1f} |")


if __name__ == "__main__":
    sys.exit(main())
