#!/usr/bin/env python3
"""Run lichang on every pathological input (gen.py) at sizes n and 10n.

For each generator: `lichang --format jsonl [--input markdown] FILE` at n and
at 10n, each under a time limit.  A generator passes when both runs exit 0
or 1 (not 2, not a signal, not the time limit), print valid JSON Lines, and
grow linearly:

    time(10n) <= 11 * time(n) + 0.05 s      rss(10n) <= 11 * rss(n) + 20 MB

(time is wall time; rss is lichang's peak resident set, from GNU time).  A
run that fails the growth check is measured once more and the faster of
the two kept, so one slow moment does not fail the suite.  Prints a table
and ends with "N passed, N failed"; the exit status is 1 on any failure.

    run.py                 default sizes (about two minutes on two cores)
    run.py --full          the full sizes: a 100 MB line, a million
                           paragraphs, 100,000 labels, 100,000-deep nesting
    run.py --scale 0.1     every n multiplied (0.1 for a quick look)
    run.py --only a,b      only these generators (gen.py --list names them)
    run.py --lichang PATH  the binary (default: build/lichang)
    run.py --keep DIR      keep the inputs and outputs in DIR
"""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen  # noqa: E402

TIME_FACTOR, TIME_SLACK = 11.0, 0.05
RSS_FACTOR, RSS_SLACK_KB = 11.0, 20 * 1024


TIME_BIN = "/usr/bin/time"


def run_once(cmd, out_path, err_path, limit):
    """Run cmd; returns (status, seconds, peak rss KB).  status is the exit
    code, -SIGNAL for a signal, or "timeout".

    The peak RSS comes from GNU time when it is there: the rusage that
    wait4() gives for a child counts the memory of the forked Python parent
    too (Linux carries it over the fork), which would hide lichang's own."""
    rss_path = out_path + ".rss"
    use_time = os.access(TIME_BIN, os.X_OK)
    full = ([TIME_BIN, "-f", "%x %M", "-o", rss_path] if use_time else []) + cmd
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        t0 = time.monotonic()
        p = subprocess.Popen(full, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                             start_new_session=True)
        timed_out = threading.Event()

        def kill():
            timed_out.set()
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        timer = threading.Timer(limit, kill)
        timer.start()
        try:
            _, status, ru = os.wait4(p.pid, 0)
        finally:
            timer.cancel()
        secs = time.monotonic() - t0
        p.returncode = os.waitstatus_to_exitcode(status)  # Popen must not wait again
    rc, rss = p.returncode, ru.ru_maxrss
    if use_time and not timed_out.is_set():
        # "%x %M", after "Command terminated by signal N" when it was one
        with open(rss_path) as f:
            lines = f.read().split("\n")
        for ln in lines:
            if ln.startswith("Command terminated by signal"):
                rc = -int(ln.split()[-1])
        last = [ln for ln in lines if ln.strip()][-1].split()
        rss = int(last[1])
        if rc >= 0:
            rc = int(last[0])
        os.unlink(rss_path)
    if timed_out.is_set():
        return "timeout", secs, rss
    return rc, secs, rss


def check_output(out_path, err_path, status):
    """None when the run is fine, else why not."""
    if status == "timeout":
        return "timeout"
    if isinstance(status, int) and status < 0:
        return "killed by signal %d (%s)" % (-status, signal.Signals(-status).name)
    if status not in (0, 1):
        with open(err_path, "rb") as f:
            err = f.read(300).decode("utf-8", "replace").strip().replace("\n", " | ")
        return "exit %s: %s" % (status, err)
    with open(out_path, "rb") as f:
        lines = [ln for ln in f.read().split(b"\n") if ln.strip()]
    if not lines:
        return "no output"
    for i, ln in enumerate(lines):
        try:
            doc = json.loads(ln)
        except ValueError as e:
            return "stdout line %d is not JSON: %s" % (i + 1, e)
        if not isinstance(doc, dict) or "error" in doc:
            return "stdout line %d is not a document: %.80s" % (i + 1, ln)
    return None


def fmt_kb(kb):
    return "%.0fM" % (kb / 1024.0) if kb >= 10240 else "%.1fM" % (kb / 1024.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--full", action="store_true")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--only", default="")
    ap.add_argument("--lichang", default=os.path.join(ROOT, "build", "lichang"))
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--keep", default="")
    a = ap.parse_args()

    if not os.access(a.lichang, os.X_OK):
        sys.stderr.write("run.py: no %s (run make first)\n" % a.lichang)
        return 2
    names = [n for n in gen.GENERATORS if not a.only or n in a.only.split(",")]
    unknown = set(a.only.split(",")) - set(gen.GENERATORS) - {""}
    if unknown:
        sys.stderr.write("run.py: unknown generator(s): %s\n" % ", ".join(sorted(unknown)))
        return 2
    work = a.keep or tempfile.mkdtemp(prefix="lichang-patho-")
    os.makedirs(work, exist_ok=True)
    # a private copy: a rebuild during the run must not change the binary
    binary = os.path.join(work, "lichang")
    shutil.copy2(a.lichang, binary)
    shown = a.lichang
    a.lichang = binary
    env = dict(os.environ, LICHANG_DATADIR=os.environ.get("LICHANG_DATADIR",
                                                          os.path.join(ROOT, "data")))
    os.environ.update(env)

    # the fixed cost (start, lexicon) of one run, for reading the table
    empty = os.path.join(work, "empty.txt")
    open(empty, "wb").close()
    _, base, base_rss = run_once([a.lichang, "--format", "jsonl", empty],
                                 os.path.join(work, "empty.out"), os.path.join(work, "empty.err"),
                                 a.timeout)
    print("lichang: %s; one run on an empty file: %.3f s, %s; time limit %.0f s"
          % (shown, base, fmt_kb(base_rss), a.timeout))
    head = "%-24s %9s %9s %9s %6s %7s %7s  %s" % ("generator", "n", "time n", "time 10n",
                                                   "ratio", "rss n", "rss 10n", "result")
    print(head)
    print("-" * len(head))
    passed = failed = 0
    failures = []
    try:
        for name in names:
            f, markdown, unit, n_default, n_full = gen.GENERATORS[name]
            n = max(1, int((n_full if a.full else n_default) * a.scale))
            cmd_base = [a.lichang, "--format", "jsonl"]
            if markdown:
                cmd_base += ["--input", "markdown"]
            res = {}
            problem = None
            for k, size in (("n", n), ("10n", 10 * n)):
                path = os.path.join(work, "%s.%s.%s" % (name, k, "md" if markdown else "txt"))
                with open(path, "wb") as fp:
                    fp.write(f(size))
                out, err = path + ".out", path + ".err"
                status, secs, rss = run_once(cmd_base + [path], out, err, a.timeout)
                res[k] = [secs, rss, path, out, err]
                why = check_output(out, err, status)
                if why:
                    problem = "%s at %s=%d (%s)" % (why, k, size, unit)
                    break
            if not problem:
                def growth_ok():
                    t1, r1 = res["n"][0], res["n"][1]
                    t10, r10 = res["10n"][0], res["10n"][1]
                    return (t10 <= TIME_FACTOR * t1 + TIME_SLACK,
                            r10 <= RSS_FACTOR * r1 + RSS_SLACK_KB)
                tok, rok = growth_ok()
                for _attempt in range(3):  # a busy machine: measure again, keep the best
                    if tok and rok:
                        break
                    for k in ("n", "10n"):
                        secs_old, rss_old, path, out, err = res[k]
                        status, secs, rss = run_once(cmd_base + [path], out, err, a.timeout)
                        res[k][0] = min(secs_old, secs)
                        res[k][1] = min(rss_old, rss)
                    tok, rok = growth_ok()
                if not tok:
                    problem = "time grows faster than linear: %.3f s -> %.3f s" % (
                        res["n"][0], res["10n"][0])
                elif not rok:
                    problem = "memory grows faster than linear: %s -> %s" % (
                        fmt_kb(res["n"][1]), fmt_kb(res["10n"][1]))
            t1 = res.get("n", [0, 0])[0]
            t10 = res.get("10n", [None])[0]
            ratio = (t10 / t1) if (t10 is not None and t1 > 0) else None
            print("%-24s %9d %8.3fs %9s %6s %7s %7s  %s" % (
                name, n, t1, "%.3fs" % t10 if t10 is not None else "-",
                "%.1f" % ratio if ratio is not None else "-",
                fmt_kb(res["n"][1]) if "n" in res else "-",
                fmt_kb(res["10n"][1]) if "10n" in res else "-",
                "ok" if not problem else "FAIL"), flush=True)
            if problem:
                failed += 1
                failures.append((name, problem))
            else:
                passed += 1
            if not a.keep:
                for k in res:
                    for p in res[k][2:]:
                        if os.path.exists(p):
                            os.unlink(p)
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    for name, problem in failures:
        print("FAIL: %s: %s" % (name, problem))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
